using Microsoft.Extensions.DependencyInjection;
using Mobility.GraphQL.Execution;

namespace Mobility.GraphQL.Tests.Relay;

/// <summary>A node's id in where: filters takes global IDs; a schema accepting bare keys also takes the raw key.</summary>
public sealed class GlobalIdFilterAndBareKeyTests
{
    private static readonly GraphQLSchema Strict = Build(bareKeys: false);
    private static readonly GraphQLSchema Lenient = Build(bareKeys: true);

    private static readonly string Ada = NodeData.Id("Learner", NodeData.AdaId.ToString("N"));
    private static readonly string Bo = NodeData.Id("Learner", NodeData.BoId.ToString("N"));

    [Fact]
    public void A_node_key_is_filtered_with_the_id_operation_input()
    {
        Assert.Contains("input LearnerFilterInput {\n  and: [LearnerFilterInput!]\n  or: [LearnerFilterInput!]\n", Strict.Sdl, StringComparison.Ordinal);
        Assert.Contains("  id: IdOperationFilterInput\n", Strict.Sdl, StringComparison.Ordinal);
        Assert.Contains("input IdOperationFilterInput {\n  eq: ID\n  neq: ID\n  in: [ID]\n  nin: [ID]\n}", Strict.Sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eq_and_in_take_global_ids_and_compare_the_keys()
    {
        Assert.Equal("""{"data":{"one":[{"name":"Ada"}],"not":[{"name":"Bo"}],"both":[{"name":"Ada"},{"name":"Bo"}]}}""", await RunAsync(Strict, $$"""
            { one: learners(where: { id: { eq: "{{Ada}}" } }) { name }
              not: learners(where: { id: { neq: "{{Ada}}" } }) { name }
              both: learners(where: { id: { in: ["{{Ada}}", "{{Bo}}"] } }) { name } }
            """));
    }

    [Fact]
    public async Task A_bare_key_is_refused_unless_the_schema_accepts_bare_keys()
    {
        var query = $$"""{ learners(where: { id: { eq: "{{NodeData.AdaId}}" } }) { name } }""";

        Assert.Contains($"\"{NodeData.AdaId}\\\" at \\\"where.id.eq\\\" is not a valid global ID.", await RunAsync(Strict, query), StringComparison.Ordinal);
        Assert.Equal("""{"data":{"learners":[{"name":"Ada"}]}}""", await RunAsync(Lenient, query));
    }

    [Fact]
    public async Task With_bare_keys_an_id_argument_takes_either_form_and_still_checks_a_global_ids_type()
    {
        var json = await RunAsync(Lenient, $$"""
            { bare: learner(id: "{{NodeData.AdaId}}") { name }
              dashless: learner(id: "{{NodeData.BoId:N}}") { name }
              global: learner(id: "{{Ada}}") { name } }
            """);
        Assert.Equal("""{"data":{"bare":{"name":"Ada"},"dashless":{"name":"Bo"},"global":{"name":"Ada"}}}""", json);

        var wrongType = await RunAsync(Lenient, $$"""{ learner(id: "{{NodeData.Id("School", "7")}}") { name } }""");
        Assert.Contains("is the ID of a School, not of a Learner.", wrongType, StringComparison.Ordinal);
        var nonsense = await RunAsync(Lenient, """{ learner(id: "not-a-key") { name } }""");
        Assert.Contains("\\\"not-a-key\\\" at \\\"id\\\" is not a valid global ID.", nonsense, StringComparison.Ordinal);
    }

    private static GraphQLSchema Build(bool bareKeys)
    {
        var builder = new GraphQLSchemaBuilder().AddQueryType<FilteredNodeQueries>();
        builder = bareKeys ? builder.AddGlobalObjectIdentificationAcceptingBareKeys() : builder.AddGlobalObjectIdentification();
        return builder.AddNode<SchoolNode>(static (int id) => NodeData.Schools.FirstOrDefault(s => s.Id == id)).Build();
    }

    private static async Task<string> RunAsync(GraphQLSchema schema, string query)
    {
        var services = new ServiceCollection().AddScoped<LearnerStore>().BuildServiceProvider();
        return (await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = query, Services = services })).ToJson();
    }
}

public sealed class FilteredNodeQueries
{
    [UseFiltering]
    public static IQueryable<LearnerNode> GetLearners() => NodeData.Learners.AsQueryable();

    public static LearnerNode? GetLearner([ID("Learner")] Guid id) => NodeData.Learners.FirstOrDefault(l => l.Id == id);
}
