using Mobility.GraphQL.Execution;
using Mobility.GraphQL.Tests.CodeFirst.Abstract;

namespace Mobility.GraphQL.Tests.CodeFirst;

public sealed class AbstractTypeTests
{
    internal static readonly GraphQLSchema Schema = new GraphQLSchemaBuilder()
        .AddQueryType<AbstractQueries>()
        .AddType<INamed>()
        .AddType<LearnerRecord>()
        .AddType<StaffMember>()
        .AddType<School>()
        .AddType<Company>()
        .Build();

    [Fact]
    public void Interfaces_abstract_classes_and_unions_appear_in_the_sdl_with_their_implementations()
    {
        var sdl = Schema.Sdl;

        Assert.Contains("\"\"\"Someone who takes part in a mobility.\"\"\"\ninterface Participant implements Named {\n  id: UUID!\n  name: String!\n}", sdl, StringComparison.Ordinal);
        Assert.Contains("type Learner implements Participant & Named {\n  id: UUID!\n  name: String!\n  age: Int!\n}", sdl, StringComparison.Ordinal);
        Assert.Contains("type StaffMember implements Participant & Named {", sdl, StringComparison.Ordinal);
        Assert.Contains("\"\"\"An organisation: a school or a company.\"\"\"\ninterface Organisation {\n  id: UUID!\n  name: String!\n}", sdl, StringComparison.Ordinal);
        Assert.Contains("type School implements Organisation {\n  uai: String!\n  id: UUID!\n  name: String!\n}", sdl, StringComparison.Ordinal);
        Assert.Contains("type Company implements Organisation {", sdl, StringComparison.Ordinal);
        Assert.Contains("\"\"\"What a search finds.\"\"\"\nunion SearchResult = StaffMember | School", sdl, StringComparison.Ordinal);
        Assert.Contains("interface Named {\n  name: String!\n}", sdl, StringComparison.Ordinal);
        Assert.Contains("  participants: [Participant!]!\n", sdl, StringComparison.Ordinal);
        Assert.Contains("  search(text: String!): [SearchResult!]!\n", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("Stranger", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_resolve_to_the_object_type_of_their_runtime_class()
    {
        var json = await RunAsync("""
            { participants { __typename id name ... on Learner { age } ... on StaffMember { role } }
              organisations { __typename name ... on School { uai } ... on Company { sector } }
              search(text: "x") { __typename ... on School { uai } ... on StaffMember { name } ... on Participant { id } }
              host { __typename city } }
            """);

        Assert.Equal(
            """{"data":{"participants":[{"__typename":"Learner","id":"11111111-1111-1111-1111-111111111111","name":"Ada","age":17},{"__typename":"StaffMember","id":"00000000-0000-0000-0000-000000000000","name":"Bea","role":"Teacher"}],"organisations":[{"__typename":"School","name":"Lycée Diderot","uai":"0750001A"},{"__typename":"Company","name":"Boulangerie","sector":"Food"}],"search":[{"__typename":"School","uai":"0750001A"},"""
            + """{"__typename":"StaffMember","name":"Bea x","id":"11111111-1111-1111-1111-111111111111"}],"host":{"__typename":"Host","city":"Lyon"}}}""",
            json);
    }

    [Fact]
    public async Task A_value_whose_class_is_not_in_the_schema_is_a_field_error()
    {
        var json = await RunAsync("{ stranger { name } }");

        Assert.Contains("must resolve to an Object type at runtime for field \\\"Query.stranger\\\": class Stranger is not an object type of the schema (register it with AddType<Stranger>()).", json, StringComparison.Ordinal);
        Assert.Contains("\"data\":null", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_lists_possible_types_and_interfaces()
    {
        var json = await RunAsync("""{ p: __type(name: "Participant") { kind interfaces { name } possibleTypes { name } } u: __type(name: "SearchResult") { kind possibleTypes { name } } }""");

        Assert.Equal(
            """{"data":{"p":{"kind":"INTERFACE","interfaces":[{"name":"Named"}],"possibleTypes":[{"name":"Learner"},{"name":"StaffMember"}]},"u":{"kind":"UNION","possibleTypes":[{"name":"StaffMember"},{"name":"School"}]}}}""",
            json);
    }

    [Fact]
    public void A_union_without_members_fails_the_build_naming_the_fix()
    {
        var error = Assert.Throws<GraphQLSchemaException>(() => new GraphQLSchemaBuilder().AddQueryType<EmptyUnionQueries>().Build());

        Assert.Contains("Union \"Lonely\" (ILonely) has no member types: register the classes that implement it with AddType<T>().", error.Message, StringComparison.Ordinal);
    }

    private static async Task<string> RunAsync(string query) =>
        (await new GraphQLExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = query })).ToJson();
}
