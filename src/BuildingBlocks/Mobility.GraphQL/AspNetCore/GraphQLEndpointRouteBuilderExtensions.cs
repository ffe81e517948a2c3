using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Mobility.GraphQL.Execution;

namespace Mobility.GraphQL.AspNetCore;

/// <summary>Maps the GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps GET and POST on <paramref name="pattern"/> to the <see cref="GraphQLExecutor"/> registered in the
    /// services, following the GraphQL over HTTP draft (application/graphql-response+json and application/json).
    /// </summary>
    /// <param name="endpoints">The application's routes.</param>
    /// <param name="pattern">The path, "/graphql" by default.</param>
    /// <param name="options">Endpoint behaviour; defaults when null.</param>
    /// <returns>The endpoint, for further conventions (authorization, rate limits).</returns>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql", GraphQLHttpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var handler = new GraphQLHttpHandler(options ?? new GraphQLHttpOptions());
        return endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], context =>
            handler.HandleAsync(context, context.RequestServices.GetRequiredService<GraphQLExecutor>(), context.RequestServices.GetRequiredService<GraphQLSchema>()));
    }
}
