using System.Globalization;
using System.Text;
using Mobility.GraphQL.Language;
using Mobility.GraphQL.Types;
using Mobility.GraphQL.Validation;

namespace Mobility.GraphQL.Tests.Conformance;

public sealed class ValidationConformanceTests
{
    // Each suite of cases has its own schema; validation-query-only has no mutation or subscription root.
    private static readonly Dictionary<string, Lazy<Schema>> Schemas = new()
    {
        ["validation"] = SchemaFrom("validation-schema.graphql"),
        ["validation-query-only"] = SchemaFrom("validation-query-only-schema.graphql"),
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var suite in Schemas.Keys)
        {
            foreach (var name in OracleFile.Names(suite))
            {
                data.Add(suite, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_rule_agrees_with_graphql_js(string suite, string name)
    {
        var expected = OracleFile.Case(suite, name);
        var document = Parser.Parse(expected.GetProperty("source").GetString()!);
        var oracle = new StringBuilder();
        foreach (var rule in expected.GetProperty("rules").EnumerateObject())
        {
            foreach (var error in rule.Value.EnumerateArray())
            {
                var locations = string.Join(" ", error.GetProperty("locations").EnumerateArray().Select(l => $"{l[0]}:{l[1]}"));
                oracle.AppendLine(CultureInfo.InvariantCulture, $"{rule.Name}: {error.GetProperty("message").GetString()} @ {locations}");
            }
        }

        var actual = new StringBuilder();
        foreach (var (ruleName, _) in DocumentValidator.SpecifiedRules)
        {
            foreach (var error in DocumentValidator.Validate(Schemas[suite].Value, document, [ruleName]))
            {
                actual.AppendLine(CultureInfo.InvariantCulture, $"{ruleName}: {error.Message} @ {string.Join(" ", error.Locations.Select(l => $"{l.Line}:{l.Column}"))}");
            }
        }

        Assert.Equal(Sorted(oracle), Sorted(actual));
    }

    private static Lazy<Schema> SchemaFrom(string file) =>
        new(() => SdlSchemaBuilder.Build(File.ReadAllText(Path.Combine(OracleFile.ConformanceDirectory(), "cases", file))));

    private static string Sorted(StringBuilder lines) =>
        string.Join("\n", lines.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
}
