using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.GraphQL;
using Mobility.GraphQL.Execution;
using Mobility.TestKit;

namespace Mobility.Impact.Tests.GraphQL;

/// <summary>
/// The Impact module's GraphQL fields on the platform's engine, as the platform builds them (every field needs a
/// signed-in user, mutation conventions with the refusals as payload errors), executed as a given user: the request's
/// user carries the viewer's claims (roles for the field rules) and the use cases see the same viewer.
/// </summary>
internal sealed class ImpactGraphQL(ModuleTestHost host)
{
    private readonly GraphQLExecutor _executor = new(Build(host.Services), new ExecutorOptions());

    public async Task<JsonElement> ExecuteAsync(Viewer viewer, string query, object? variables = null)
    {
        using (TestViewerSource.Use(viewer))
        {
            await using var scope = host.Services.CreateAsyncScope();
            var result = await _executor.ExecuteAsync(new GraphQLRequest
            {
                Query = query,
                Variables = variables is null ? null : (IReadOnlyDictionary<string, object?>)Plain(JsonSerializer.SerializeToElement(variables))!,
                Services = scope.ServiceProvider,
                User = new ClaimsPrincipal(new ClaimsIdentity(viewer.ToClaims(), "test", PlatformClaimTypes.Email, PlatformClaimTypes.Role)),
            });
            using var json = JsonDocument.Parse(result.ToUtf8Json());
            return json.RootElement.Clone();
        }
    }

    /// <summary>Executes and returns <c>data</c>, failing on any GraphQL error.</summary>
    public async Task<JsonElement> DataAsync(Viewer viewer, string query, object? variables = null)
    {
        var result = await ExecuteAsync(viewer, query, variables);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    public static string[] ErrorCodes(JsonElement result) => result.TryGetProperty("errors", out var errors)
        ? [.. errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!)]
        : [];

    private static GraphQLSchema Build(IServiceProvider services)
    {
        var builder = new GraphQLSchemaBuilder()
            .UseServiceDetection(services.GetRequiredService<IServiceProviderIsService>())
            .RequireAuthenticatedUser()
            .AddGlobalObjectIdentificationAcceptingBareKeys()
            .AddMutationConventions(o => o.AddDefaultError<DomainRuleViolationException>().AddDefaultError<NotFoundException>());
        new ImpactModule().AddGraphQL(builder);
        return builder.Build();
    }

    private static object? Plain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value)),
        JsonValueKind.Array => value.EnumerateArray().Select(Plain).ToList(),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
