using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Tests.Conformance;

public sealed class SchemaConformanceTests
{
    public static TheoryData<string> CaseNames => OracleFile.Names("schema");

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Schema_building_and_printing_agree_with_graphql_js(string name)
    {
        var expected = OracleFile.Case("schema", name);
        var source = expected.GetProperty("source").GetString()!;
        string actual;
        try
        {
            actual = "printed:\n" + SchemaPrinter.Print(SdlSchemaBuilder.Build(source));
        }
        catch (GraphQLSchemaException e)
        {
            actual = "errors:\n" + string.Join("\n", e.Errors.Order(StringComparer.Ordinal));
        }

        var oracle = expected.TryGetProperty("printed", out var printed)
            ? "printed:\n" + printed.GetString()
            : "errors:\n" + string.Join("\n", expected.GetProperty("errors").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(oracle, actual);
    }
}
