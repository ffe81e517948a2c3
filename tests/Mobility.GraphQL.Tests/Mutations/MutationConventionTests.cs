using System.Text.Json;
using Mobility.GraphQL.Execution;

namespace Mobility.GraphQL.Tests.Mutations;

public sealed class MutationConventionTests
{
    internal static readonly GraphQLSchema Schema = new GraphQLSchemaBuilder()
        .AddQueryType<NeedsQuery>()
        .AddMutationType<PlacementMutations>()
        .AddMutationConventions(o => o.AddDefaultError<RuleError>())
        .Build();

    private const string LearnerId = "11111111-1111-1111-1111-111111111111";

    [Fact]
    public void A_mutation_gets_an_input_a_payload_and_a_union_of_its_errors()
    {
        var sdl = Schema.Sdl;

        Assert.Contains("  \"\"\"Plans a placement for a learner.\"\"\"\n  planPlacement(input: PlanPlacementInput!): PlanPlacementPayload!\n", sdl, StringComparison.Ordinal);
        Assert.Contains("\"\"\"The input of planPlacement.\"\"\"\ninput PlanPlacementInput {\n  \"\"\"Who goes.\"\"\"\n  learnerId: UUID!\n\n  \"\"\"First day abroad.\"\"\"\n  startsOn: Date!\n\n  \"\"\"Where.\"\"\"\n  hostName: String!\n}", sdl, StringComparison.Ordinal);
        Assert.Contains("type PlanPlacementPayload {\n  \"\"\"What the mutation produced; null when it reported errors.\"\"\"\n  placement: Placement\n\n  \"\"\"Why the mutation did nothing; null when it succeeded.\"\"\"\n  errors: [PlanPlacementError!]\n}", sdl, StringComparison.Ordinal);
        Assert.Contains("union PlanPlacementError = PlacementFullError | DeadlinePassedError | RuleError", sdl, StringComparison.Ordinal);
        Assert.Contains("interface Error {\n  \"\"\"What went wrong, in words.\"\"\"\n  message: String!\n}", sdl, StringComparison.Ordinal);
        Assert.Contains("\"\"\"The host has no place left.\"\"\"\ntype PlacementFullError implements Error {\n  \"\"\"What went wrong, in words.\"\"\"\n  message: String!\n\n  \"\"\"The host that is full.\"\"\"\n  hostName: String!\n\n  \"\"\"How many places it has.\"\"\"\n  capacity: Int!\n}", sdl, StringComparison.Ordinal);
        Assert.Contains("type DeadlinePassedError implements Error {\n  \"\"\"What went wrong, in words.\"\"\"\n  message: String!\n  deadline: Date!\n}", sdl, StringComparison.Ordinal);
        Assert.Contains("type RuleError implements Error {\n  message: String!\n  code: String!\n}", sdl, StringComparison.Ordinal);
        Assert.Contains("  cancelPlacement(input: CancelPlacementInput!): CancelPlacementPayload!\n", sdl, StringComparison.Ordinal);
        Assert.Contains("type CancelPlacementPayload {\n  \"\"\"What the mutation produced; null when it reported errors.\"\"\"\n  boolean: Boolean\n", sdl, StringComparison.Ordinal);
        Assert.Contains("union CancelPlacementError = RuleError", sdl, StringComparison.Ordinal);
        Assert.Contains("  ping: Int!\n", sdl, StringComparison.Ordinal);
        Assert.Contains("  touch: TouchResult!\n", sdl, StringComparison.Ordinal);
        Assert.Contains("type TouchResult {\n  \"\"\"What the mutation produced; null when it reported errors.\"\"\"\n  stamp: String\n", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("  hResult:", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("stackTrace", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Success_fills_the_payload_field_and_leaves_errors_null()
    {
        var json = await RunAsync($$"""mutation { planPlacement(input: { learnerId: "{{LearnerId}}", startsOn: "2026-04-01", hostName: "Lyon" }) { placement { learnerId title startsOn } errors { __typename } } touch { stamp } ping }""");

        Assert.Equal(
            """{"data":{"planPlacement":{"placement":{"learnerId":"LEARNER","title":"At Lyon","startsOn":"2026-04-01"},"errors":null},"touch":{"stamp":"touched"},"ping":1}}""".Replace("LEARNER", LearnerId, StringComparison.Ordinal),
            json);
    }

    [Theory]
    [InlineData("Full", "2026-04-01", """{"__typename":"PlacementFullError","message":"Full has no place left.","hostName":"Full","capacity":2}""")]
    [InlineData("Lyon", "2025-04-01", """{"__typename":"DeadlinePassedError","message":"Plans had to be made by 2025-12-31.","deadline":"2025-12-31"}""")]
    [InlineData("Rule", "2026-04-01", """{"__typename":"RuleError","message":"Select the learner first.","code":"LEARNER_NOT_SELECTED"}""")]
    public async Task A_declared_exception_becomes_an_entry_of_errors_not_a_graphql_error(string host, string startsOn, string error)
    {
        var json = await RunAsync($$"""
            mutation { planPlacement(input: { learnerId: "{{LearnerId}}", startsOn: "{{startsOn}}", hostName: "{{host}}" }) {
              placement { title }
              errors { __typename ... on Error { message } ... on PlacementFullError { hostName capacity } ... on DeadlinePassedError { deadline } ... on RuleError { code } } } }
            """);

        Assert.Equal("""{"data":{"planPlacement":{"placement":null,"errors":[ERROR]}}}""".Replace("ERROR", error, StringComparison.Ordinal), json);
    }

    [Fact]
    public async Task Default_errors_apply_to_every_convention_mutation_including_synchronous_ones()
    {
        var json = await RunAsync("""mutation { cancelPlacement(input: { placementId: "00000000-0000-0000-0000-000000000000" }) { boolean errors { ... on RuleError { code message } } } }""");

        Assert.Equal("""{"data":{"cancelPlacement":{"boolean":null,"errors":[{"code":"ALREADY_COMPLETED","message":"A completed placement cannot be cancelled."}]}}}""", json);
    }

    [Fact]
    public async Task Any_other_exception_stays_a_graphql_error()
    {
        using var json = JsonDocument.Parse(await RunAsync($$"""mutation { planPlacement(input: { learnerId: "{{LearnerId}}", startsOn: "2026-04-01", hostName: "Boom" }) { placement { title } } }"""));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("data").ValueKind);
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("Unexpected Execution Error", error.GetProperty("message").GetString());
        Assert.Equal("""["planPlacement"]""", error.GetProperty("path").GetRawText());
    }

    [Fact]
    public async Task Convention_mutations_still_run_one_after_another()
    {
        lock (PlacementMutations.Log)
        {
            PlacementMutations.Log.Clear();
        }

        var json = await RunAsync("mutation { a: record(input: { step: 1 }) { int } b: record(input: { step: 2 }) { int } }");

        Assert.Equal("""{"data":{"a":{"int":1},"b":{"int":2}}}""", json);
        Assert.Equal(["start 1", "end 1", "start 2", "end 2"], PlacementMutations.Log);
    }

    [Fact]
    public void Without_applying_to_all_only_marked_mutations_follow_the_conventions()
    {
        var sdl = new GraphQLSchemaBuilder().AddQueryType<NeedsQuery>().AddMutationType<OptInMutations>()
            .AddMutationConventions(o => o.ApplyToAllMutations = false).Build().Sdl;

        Assert.Contains("  chosen(input: ChosenInput!): ChosenPayload!\n  plain(value: Int!): Int!\n", sdl, StringComparison.Ordinal);
        Assert.Contains("type ChosenPayload {\n  \"\"\"What the mutation produced; null when it reported errors.\"\"\"\n  int: Int\n}", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_without_conventions_or_an_error_class_without_a_message_fail_the_build()
    {
        var undeclared = Assert.Throws<GraphQLSchemaException>(() => new GraphQLSchemaBuilder().AddQueryType<NeedsQuery>().AddMutationType<UndeclaredConventionMutations>().Build());
        var silent = Assert.Throws<GraphQLSchemaException>(() => new GraphQLSchemaBuilder().AddQueryType<NeedsQuery>().AddMutationType<OptInMutations>()
            .AddMutationConventions(o => o.AddDefaultError<SilentError>()).Build());

        Assert.Contains("Mutation \"refuse\" (UndeclaredConventionMutations.Refuse) uses [UseMutationConvention] or [Error]: call AddMutationConventions()", undeclared.Message, StringComparison.Ordinal);
        Assert.Contains("Error SilentError (SilentError) needs a non-null string property Message", silent.Message, StringComparison.Ordinal);
    }

    private static async Task<string> RunAsync(string query) =>
        (await new GraphQLExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = query })).ToJson();
}
