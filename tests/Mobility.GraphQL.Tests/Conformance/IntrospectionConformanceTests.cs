using System.Text.Json;
using System.Text.Json.Nodes;
using Mobility.GraphQL.Execution;

namespace Mobility.GraphQL.Tests.Conformance;

public sealed class IntrospectionConformanceTests
{
    private static readonly string[] SpecifiedScalars = ["String", "Int", "Float", "Boolean", "ID"];

    public static TheoryData<string> ValidSchemaNames
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var item in OracleFile.Cases("schema").EnumerateArray().Where(c => c.TryGetProperty("introspection", out _)))
            {
                data.Add(item.GetProperty("name").GetString()!);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ValidSchemaNames))]
    public async Task Introspection_answer_equals_graphql_js_answer(string name)
    {
        var expected = OracleFile.Case("schema", name);
        var ours = await Introspect(expected.GetProperty("source").GetString()!);

        Assert.Equal(Normalize(JsonNode.Parse(expected.GetProperty("introspection").GetRawText())!), Normalize(JsonNode.Parse(ours)!));
    }

    [Theory]
    [MemberData(nameof(ValidSchemaNames))]
    public async Task Graphql_js_rebuilds_our_introspection_into_our_sdl(string name)
    {
        var source = OracleFile.Case("schema", name).GetProperty("source").GetString()!;
        var schema = GraphQLSchema.FromSdl(source);
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, await Introspect(source));
            Assert.Equal(schema.Sdl, OracleFile.RunNode("roundtrip.js", file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<string> Introspect(string sdl)
    {
        var query = OracleFile.Cases("introspection-query")[0].GetProperty("source").GetString()!;
        var executor = new GraphQLExecutor(GraphQLSchema.FromSdl(sdl));
        return (await executor.ExecuteAsync(new GraphQLRequest { Query = query })).ToJson();
    }

    /// <summary>Built-in directive and scalar descriptions are our own words, so they are left out of the comparison.</summary>
    private static string Normalize(JsonNode result)
    {
        var schema = result["data"]!["__schema"]!.AsObject();
        var directives = schema["directives"]!.AsArray();
        foreach (var directive in directives.Where(d => d!["name"]!.GetValue<string>() is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf").ToList())
        {
            directives.Remove(directive);
        }

        foreach (var type in schema["types"]!.AsArray().Where(t => SpecifiedScalars.Contains(t!["name"]!.GetValue<string>())))
        {
            type!.AsObject().Remove("description");
        }

        // graphql-js 17 adds post-2025 introspection (directive deprecation, more locations): compare user types only.
        var types = schema["types"]!.AsArray();
        foreach (var type in types.Where(t => t!["name"]!.GetValue<string>().StartsWith("__", StringComparison.Ordinal)).ToList())
        {
            types.Remove(type);
        }

        return result.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
