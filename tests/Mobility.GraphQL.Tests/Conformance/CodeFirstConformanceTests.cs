using System.Text.RegularExpressions;
using Mobility.GraphQL.Execution;

namespace Mobility.GraphQL.Tests.Conformance;

/// <summary>
/// Code-first schemas (interfaces, unions, access rules, ...) checked by graphql-js: it validates our SDL and prints
/// the same, and rebuilds our introspection answer into the same SDL.
/// </summary>
public sealed partial class CodeFirstConformanceTests
{
    public static TheoryData<string> Schemas => ["abstract-types", "authorization", "global-object-identification", "mutation-conventions"];

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Graphql_js_validates_our_sdl_and_prints_it_the_same(string name)
    {
        var sdl = Schema(name).Sdl;

        Assert.Equal(WithoutAppliedRules(sdl), WithFile(sdl, file => OracleFile.RunNode("sdl.js", file)));
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task Graphql_js_rebuilds_our_introspection_into_our_sdl(string name)
    {
        var schema = Schema(name);
        var query = OracleFile.Cases("introspection-query")[0].GetProperty("source").GetString()!;
        var answer = (await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = query, User = Authorization.Users.SignedIn("ada") })).ToJson();

        Assert.StartsWith("{\"data\":", answer, StringComparison.Ordinal);
        Assert.Equal(WithoutAppliedRules(schema.Sdl), WithFile(answer, file => OracleFile.RunNode("roundtrip.js", file)));
    }

    private static GraphQLSchema Schema(string name) => name switch
    {
        "abstract-types" => CodeFirst.AbstractTypeTests.Schema,
        "global-object-identification" => Relay.GlobalObjectIdentificationTests.Schema,
        "mutation-conventions" => Mutations.MutationConventionTests.Schema,
        _ => new GraphQLSchemaBuilder()
            .AddQueryType<Authorization.AuthorizationQueries>()
            .AddQueryType<Authorization.CoordinatorQueries>()
            .AddQueryType<Authorization.PlacementQueries>()
            .AddTypeExtension<Authorization.ConsortiumBudget>()
            .RequireAuthenticatedUser()
            .Build(),
    };

    /// <summary>graphql-js prints directive definitions but never where they are applied (nor does introspection tell).</summary>
    private static string WithoutAppliedRules(string sdl) =>
        AppliedRule().Replace(sdl.Replace("schema @authorize {\n  query: Query\n}\n\n", "", StringComparison.Ordinal), "");

    private static string WithFile(string content, Func<string, string> run)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, content);
            return run(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex("""(?<!directive) @(authorize(\(roles: \[[^\]]*\]\))?|allowAnonymous)(?= |\n|$)""")]
    private static partial Regex AppliedRule();
}
