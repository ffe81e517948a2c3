using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Mobility.GraphQL.Execution;
using Mobility.GraphQL.Tests.Authorization;

namespace Mobility.GraphQL.Tests.Relay;

public sealed class GlobalObjectIdentificationTests
{
    internal static readonly GraphQLSchema Schema = new GraphQLSchemaBuilder()
        .AddQueryType<NodeQueries>()
        .AddGlobalObjectIdentification()
        .AddNode<SchoolNode>(static (int id) => NodeData.Schools.FirstOrDefault(s => s.Id == id))
        .Build();

    private static readonly string Ada = NodeData.Id("Learner", NodeData.AdaId.ToString("N"));
    private static readonly string Bo = NodeData.Id("Learner", NodeData.BoId.ToString("N"));
    private static readonly string School7 = NodeData.Id("School", "7");
    private static readonly string Staff = NodeData.Id("StaffMember", NodeData.StaffId.ToString("N"));

    [Fact]
    public void The_sdl_has_the_node_interface_root_fields_and_global_id_fields()
    {
        var sdl = Schema.Sdl;

        Assert.Contains("  \"\"\"Fetches an object given its ID.\"\"\"\n  node(\n    \"\"\"ID of the object.\"\"\"\n    id: ID!\n  ): Node\n", sdl, StringComparison.Ordinal);
        Assert.Contains("  \"\"\"Lookup nodes by a list of IDs.\"\"\"\n  nodes(\n    \"\"\"The list of node IDs.\"\"\"\n    ids: [ID!]!\n  ): [Node]!\n}", sdl, StringComparison.Ordinal);
        Assert.Contains("interface Node {\n  \"\"\"The object's opaque global ID.\"\"\"\n  id: ID!\n}", sdl, StringComparison.Ordinal);
        Assert.Contains("type Learner implements Node {\n  id: ID!\n  name: String!\n  schoolId: ID!\n}", sdl, StringComparison.Ordinal);
        Assert.Contains("type School implements Node {\n  id: ID!\n  name: String!\n}", sdl, StringComparison.Ordinal);
        Assert.Contains("type Qualification implements Node {\n  \"\"\"The object's opaque global ID.\"\"\"\n  id: ID!\n  code: String!\n", sdl, StringComparison.Ordinal);
        Assert.Contains("  learner(id: ID!): Learner\n", sdl, StringComparison.Ordinal);
        Assert.Contains("input MoveLearnerInput {\n  learnerId: ID!\n  schoolIds: [ID!]!\n}", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ids_are_base64_of_type_name_and_key_and_node_finds_each_type()
    {
        var json = await RunAsync($$"""
            { learner(id: "{{Ada}}") { id schoolId }
              a: node(id: "{{Ada}}") { __typename id ... on Learner { name } }
              s: node(id: "{{School7}}") { __typename id ... on School { name } }
              q: qualification { id } }
            """);

        Assert.Equal(
            "{\"data\":{\"learner\":{\"id\":\"" + Ada + "\",\"schoolId\":\"" + School7 + "\"},\"a\":{\"__typename\":\"Learner\",\"id\":\"" + Ada
            + "\",\"name\":\"Ada\"},\"s\":{\"__typename\":\"School\",\"id\":\"" + School7 + "\",\"name\":\"Lycée Diderot\"},\"q\":{\"id\":\""
            + NodeData.Id("Qualification", "CAP-BOUL") + "\"}}}",
            json);
        Assert.Equal("TGVhcm5lcjoxMTExMTExMTExMTExMTExMTExMTExMTExMTExMTExMQ==", Ada);
    }

    [Fact]
    public async Task An_unknown_type_or_absent_object_is_null_and_a_malformed_id_an_error()
    {
        var json = await RunAsync($$"""
            { unknownType: node(id: "{{NodeData.Id("Nope", "1")}}") { id }
              absent: node(id: "{{NodeData.Id("Learner", Guid.Empty.ToString("N"))}}") { id }
              badKey: node(id: "{{NodeData.Id("School", "seven")}}") { id }
              malformed: node(id: "not an id") { id } }
            """);

        using var document = JsonDocument.Parse(json);
        Assert.Equal("""{"unknownType":null,"absent":null,"badKey":null,"malformed":null}""", document.RootElement.GetProperty("data").GetRawText());
        var error = Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("""["malformed"]""", error.GetProperty("path").GetRawText());
    }

    [Fact]
    public async Task Nodes_resolve_together_in_one_loader_batch_each_resolver_in_a_service_scope_of_its_own()
    {
        var services = new ServiceCollection().AddScoped<LearnerStore>().BuildServiceProvider();
        var (created, disposed, batches) = (LearnerStore.Created, LearnerStore.Disposed, LearnerStore.Batches);
        var executor = new GraphQLExecutor(Schema);

        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = $$"""{ nodes(ids: ["{{Ada}}", "{{School7}}", "{{Bo}}", "{{NodeData.Id("Nope", "1")}}", "bad"]) { __typename ... on Learner { name } ... on School { name } } }""",
            Services = services,
        });

        using var document = JsonDocument.Parse(result.ToJson());
        Assert.Equal(
            """{"nodes":[{"__typename":"Learner","name":"Ada"},{"__typename":"School","name":"Lycée Diderot"},{"__typename":"Learner","name":"Bo"},null,null]}""",
            document.RootElement.GetProperty("data").GetRawText());
        Assert.Equal("""["nodes",4]""", Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray()).GetProperty("path").GetRawText());
        Assert.Equal(batches + 1, LearnerStore.Batches);
        Assert.Equal(created + 2, LearnerStore.Created);
        Assert.Equal(disposed + 2, LearnerStore.Disposed);
    }

    [Fact]
    public async Task Id_arguments_and_input_fields_hand_the_resolver_the_raw_key()
    {
        var json = await RunAsync($$"""
            query($s: ID) { learner(id: "{{Bo}}") { name } anyKey(id: "{{Ada}}")
              optionalSchool(schoolId: $s) none: optionalSchool
              move(input: { learnerId: "{{Ada}}", schoolIds: ["{{School7}}", "{{NodeData.Id("School", "8")}}"] }) }
            """, new Dictionary<string, object?> { ["s"] = School7 });

        Assert.Equal(
            """{"data":{"learner":{"name":"Bo"},"anyKey":"11111111-1111-1111-1111-111111111111","optionalSchool":"7","none":null,"move":"11111111-1111-1111-1111-111111111111 to 7,8"}}""",
            json);
    }

    [Theory]
    [InlineData("learner(id: $id) { name }", "Argument \\\"Query.learner(id:)\\\" has an invalid ID: \\\"{0}\\\" at \\\"id\\\" is the ID of a School, not of a Learner.")]
    [InlineData("move(input: { learnerId: $id, schoolIds: [] })", "Argument \\\"Query.move(input:)\\\" has an invalid ID: \\\"{0}\\\" at \\\"input.learnerId\\\" is the ID of a School, not of a Learner.")]
    public async Task An_id_of_another_type_is_a_bad_user_input_error_naming_the_argument(string field, string message)
    {
        var json = await RunAsync($"query($id: ID!) {{ {field} }}", new Dictionary<string, object?> { ["id"] = School7 });

        Assert.Contains($"\"message\":\"{string.Format(System.Globalization.CultureInfo.InvariantCulture, message, School7)}\"", json, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"BAD_USER_INPUT\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_id_argument_is_a_bad_user_input_error()
    {
        var json = await RunAsync("""{ learner(id: "1234") { name } }""");

        Assert.Contains("""has an invalid ID: \"1234\" at \"id\" is not a valid global ID.""", json, StringComparison.Ordinal);
        Assert.Contains("\"path\":[\"learner\"]", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Node_applies_the_types_access_rules_and_the_node_resolvers()
    {
        var query = $$"""{ staff: node(id: "{{Staff}}") { id } qualification: node(id: "{{NodeData.Id("Qualification", "CAP-BOUL")}}") { id } }""";

        using var anonymous = JsonDocument.Parse(await RunAsync(query, user: Users.Anonymous));
        using var staff = JsonDocument.Parse(await RunAsync(query, user: Users.SignedIn("sam", "SchoolStaff")));
        using var coordinator = JsonDocument.Parse(await RunAsync(query, user: Users.SignedIn("cor", "Coordinator")));

        Assert.Equal("""{"staff":null,"qualification":null}""", anonymous.RootElement.GetProperty("data").GetRawText());
        Assert.All(anonymous.RootElement.GetProperty("errors").EnumerateArray(), e => Assert.Equal("AUTH_NOT_AUTHENTICATED", e.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.Equal("null", staff.RootElement.GetProperty("data").GetProperty("staff").GetRawText());
        Assert.Equal("AUTH_NOT_AUTHORIZED", staff.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.NotEqual("null", staff.RootElement.GetProperty("data").GetProperty("qualification").GetRawText());
        Assert.False(coordinator.RootElement.TryGetProperty("errors", out _));
    }

    [Fact]
    public void A_node_without_a_resolver_or_a_key_fails_the_build()
    {
        var error = Assert.Throws<GraphQLSchemaException>(() => new GraphQLSchemaBuilder().AddQueryType<BrokenNodeQueries>().AddGlobalObjectIdentification().Build());

        Assert.Contains("Node Orphan (Orphan) needs one static method marked [NodeResolver]", error.Message, StringComparison.Ordinal);
        Assert.Contains("Node Keyless (Keyless) needs a public key property \"Id\"", error.Message, StringComparison.Ordinal);
    }

    private static async Task<string> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables = null, ClaimsPrincipal? user = null)
    {
        var services = new ServiceCollection().AddScoped<LearnerStore>().BuildServiceProvider();
        return (await new GraphQLExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables, Services = services, User = user })).ToJson();
    }
}

[Node]
public sealed record Orphan(Guid Id);

[Node]
public sealed record Keyless(string Name)
{
    [NodeResolver]
    public static Keyless Get(string id) => new(id);
}

public sealed class BrokenNodeQueries
{
    public static Orphan GetOrphan() => new(Guid.Empty);

    public static Keyless GetKeyless() => new("x");
}
