using Mobility.GraphQL.Language;

namespace Mobility.GraphQL.Tests.Conformance;

public sealed class ParseConformanceTests
{
    public static TheoryData<string> CaseNames => OracleFile.Names("parse");

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Parser_agrees_with_graphql_js(string name)
    {
        var expected = OracleFile.Case("parse", name);
        var source = expected.GetProperty("source").GetString()!;
        string actual;
        try
        {
            actual = "printed: " + Printer.Print(Parser.Parse(source));
        }
        catch (GraphQLSyntaxError e)
        {
            actual = $"error: {e.Message} @{e.Location.Line}:{e.Location.Column}";
        }

        var oracle = expected.TryGetProperty("printed", out var printed)
            ? "printed: " + printed.GetString()
            : $"error: {expected.GetProperty("error").GetProperty("message").GetString()} @{expected.GetProperty("error").GetProperty("line").GetInt32()}:{expected.GetProperty("error").GetProperty("column").GetInt32()}";
        Assert.Equal(oracle, actual);
    }
}
