using Mobility.GraphQL.Execution;

namespace Mobility.GraphQL.Tests.Execution;

public sealed class CostAnalysisTests
{
    private static readonly GraphQLSchema Schema = GraphQLSchema.FromSdl("""
        type Query { learners(first: Int): [Learner!]! count: Int }
        type Learner { name: String placements(first: Int): [Placement!]! }
        type Placement { weeks: Int host: Host }
        type Host { name: String }
        """);

    private const string Query = "query($n: Int) { learners(first: $n) { name placements(first: 4) { weeks host { name } } } count }";

    [Fact]
    public async Task Cost_is_reported_in_extensions_when_asked()
    {
        var result = await new GraphQLExecutor(Schema).ExecuteAsync(new GraphQLRequest
        {
            Query = Query,
            Variables = new Dictionary<string, object?> { ["n"] = 10L },
            Cost = CostRequest.Report,
        });

        // fields: learners 1 + placements 10 + host 40 = 51; objects: root 1 + learners 10 + placements 40 + hosts 40 = 91
        Assert.EndsWith("\"extensions\":{\"operationCost\":{\"fieldCost\":51,\"typeCost\":91}}}", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_without_slicing_arguments_use_the_assumed_size()
    {
        var result = await new GraphQLExecutor(Schema, new ExecutorOptions { Cost = new CostOptions { AssumedListSize = 50, AlwaysReport = true } })
            .ExecuteAsync(new GraphQLRequest { Query = "{ learners { placements { weeks } } }" });

        Assert.Equal(51d, ((Dictionary<string, object?>)result.Extensions["operationCost"]!)["fieldCost"]);
    }

    [Fact]
    public async Task Introspection_costs_nothing_so_a_budget_never_locks_out_tools()
    {
        var executor = new GraphQLExecutor(Schema, new ExecutorOptions { Cost = new CostOptions { MaxFieldCost = 1, MaxTypeCost = 2, AlwaysReport = true } });

        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = "{ __schema { types { name fields { name args { name type { name ofType { name } } } } } } count }",
        });

        Assert.Empty(result.Errors);
        Assert.Equal(0d, ((Dictionary<string, object?>)result.Extensions["operationCost"]!)["fieldCost"]);
    }

    [Fact]
    public async Task Operations_over_budget_are_rejected_before_execution()
    {
        var executor = new GraphQLExecutor(Schema, new ExecutorOptions { Cost = new CostOptions { MaxFieldCost = 20 } });

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = Query, Variables = new Dictionary<string, object?> { ["n"] = 10L } });

        Assert.False(result.HasData);
        Assert.Equal(ErrorCodes.LimitExceeded, result.Errors[0].Code);
        Assert.Equal("The operation's field cost 51 exceeds the maximum of 20.", result.Errors[0].Message);
        Assert.Equal(20d, result.Errors[0].Extensions!["maxFieldCost"]);
    }

    [Fact]
    public async Task Validate_only_computes_the_cost()
    {
        var result = await new GraphQLExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = "{ count }", Cost = CostRequest.Validate });

        Assert.Equal("""{"extensions":{"operationCost":{"fieldCost":0,"typeCost":1}}}""", result.ToJson());
    }
}
