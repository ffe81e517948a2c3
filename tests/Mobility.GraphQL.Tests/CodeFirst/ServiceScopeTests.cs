using Microsoft.Extensions.DependencyInjection;
using Mobility.GraphQL.Execution;

namespace Mobility.GraphQL.Tests.CodeFirst;

public sealed class ServiceScopeTests
{
    [Fact]
    public async Task Parallel_resolvers_and_data_loader_batches_each_get_their_own_scoped_services_disposed_when_done()
    {
        var provider = new ServiceCollection().AddScoped<ScopedProbe>().AddSingleton<ProbeLog>().BuildServiceProvider();
        var schema = new GraphQLSchemaBuilder()
            .AddQueryType<ShelfQueries>()
            .AddTypeExtension<ShelfExtension>()
            .UseServiceDetection(provider.GetRequiredService<IServiceProviderIsService>())
            .Build();
        await using var request = provider.CreateAsyncScope();

        var result = await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest
        {
            Query = "{ a: shelves { label code } b: shelves { label } c: shelves { number } }",
            Services = request.ServiceProvider,
        });

        Assert.Empty(result.Errors);
        var log = provider.GetRequiredService<ProbeLog>();
        var resolverProbes = log.Resolvers.ToList();
        var batch = Assert.Single(log.Batches);
        Assert.Equal(2, batch.Keys);
        Assert.Equal(5, resolverProbes.Append(batch.Probe).Append(request.ServiceProvider.GetRequiredService<ScopedProbe>()).Distinct().Count());
        Assert.All(resolverProbes.Append(batch.Probe), p => Assert.True(p.Disposed));
        Assert.Contains("\"code\":\"S", result.ToJson(), StringComparison.Ordinal);
        Assert.Contains("\"label\":\"shelf 1\"", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_parent_member_parameter_is_not_an_argument()
    {
        var provider = new ServiceCollection().AddScoped<ScopedProbe>().AddSingleton<ProbeLog>().BuildServiceProvider();
        var sdl = new GraphQLSchemaBuilder()
            .AddQueryType<ShelfQueries>()
            .AddTypeExtension<ShelfExtension>()
            .UseServiceDetection(provider.GetRequiredService<IServiceProviderIsService>())
            .Build().Sdl;

        Assert.Contains("type Shelf {\n  number: Int!\n  label: String\n  code: String!\n}", sdl, StringComparison.Ordinal);
        Assert.Contains("shelves: [Shelf!]!", sdl, StringComparison.Ordinal);
    }
}
