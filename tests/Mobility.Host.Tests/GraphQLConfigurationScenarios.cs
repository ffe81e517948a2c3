using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Modules;
using Mobility.BuildingBlocks.Persistence;
using Mobility.GraphQL;

namespace Mobility.Host.Tests;

public sealed class GraphQLConfigurationScenarios
{
    [Fact]
    public async Task Introspection_can_be_switched_off_by_configuration()
    {
        await using var platform = await RunningPlatform.StartAsync(
            DatabaseProvider.Sqlite, initialise: false, "--GraphQL:Introspection:Enabled=false");

        using var introspection = await GraphQLRequests.PostAsync(platform.Client, "{ __schema { types { name } } }");
        using var typename = await GraphQLRequests.PostAsync(platform.Client, "{ __typename }");

        Assert.False(introspection.RootElement.TryGetProperty("data", out var data) && data.ValueKind == System.Text.Json.JsonValueKind.Object,
            introspection.RootElement.GetRawText());
        Assert.NotEqual("", GraphQLRequests.Errors(introspection));
        Assert.Equal("Query", typename.RootElement.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public void A_module_whose_types_break_the_schema_stops_the_host_at_start_up_with_the_engine_message()
    {
        string[] args = ["--Database:Provider=Sqlite", "--ConnectionStrings:Mobility=Data Source=never-opened.db"];

        var error = Assert.Throws<GraphQLSchemaException>(() => MobilityApp.Build(args, [.. Modules.All(), new BrokenModule()]));

        Assert.Contains("Type extension NowhereExtension must be marked [ExtendObjectType] with an existing object type.", error.Message, StringComparison.Ordinal);
    }

    private sealed class BrokenModule : IModule
    {
        public string Name => "broken";

        public void AddServices(IServiceCollection services, ModuleContext context)
        {
        }

        public void AddGraphQL(GraphQLSchemaBuilder schema) => schema.AddTypeExtension<NowhereExtension>();

        public Task InitialiseAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    [ExtendObjectType("Nowhere")]
    private sealed class NowhereExtension
    {
        public static int Answer => 42;
    }
}
