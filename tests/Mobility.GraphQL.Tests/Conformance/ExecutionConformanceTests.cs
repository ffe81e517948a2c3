using System.Text.Json;
using System.Text.Json.Nodes;
using Mobility.GraphQL.Execution;

namespace Mobility.GraphQL.Tests.Conformance;

public sealed class ExecutionConformanceTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Lazy<(GraphQLExecutor Executor, object? Root)> Setup = new(() =>
    {
        var directory = Path.Combine(OracleFile.ConformanceDirectory(), "cases");
        var schema = GraphQLSchema.FromSdl(File.ReadAllText(Path.Combine(directory, "execution-schema.graphql")));
        using var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "execution-data.json")));
        return (new GraphQLExecutor(schema, new ExecutorOptions { IncludeExceptionDetails = true }), RootValueFactory.Create(data.RootElement));
    });

    public static TheoryData<string> CaseNames => OracleFile.Names("execution");

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Execution_results_agree_with_graphql_js(string name)
    {
        var expected = OracleFile.Case("execution", name);
        var variables = expected.GetProperty("variables");
        var operationName = expected.GetProperty("operationName");
        var request = new GraphQLRequest
        {
            Query = expected.GetProperty("source").GetString()!,
            OperationName = operationName.ValueKind == JsonValueKind.String ? operationName.GetString() : null,
            Variables = variables.ValueKind == JsonValueKind.Object ? (IReadOnlyDictionary<string, object?>)RootValueFactory.Plain(variables)! : null,
            RootValue = Setup.Value.Root,
        };

        var result = await Setup.Value.Executor.ExecuteAsync(request);

        Assert.Equal(Normalize(JsonNode.Parse(expected.GetProperty("result").GetRawText())!), Normalize(JsonNode.Parse(result.ToJson())!));
    }

    /// <summary>Drops extensions (graphql-js has none) and orders errors, whose order differs for concurrent fields.</summary>
    private static string Normalize(JsonNode node)
    {
        if (node["errors"] is JsonArray errors)
        {
            var sorted = errors.Select(e =>
            {
                var copy = e!.DeepClone().AsObject();
                copy.Remove("extensions");
                return copy.ToJsonString();
            }).Order(StringComparer.Ordinal).ToList();
            node.AsObject()["errors"] = new JsonArray([.. sorted.Select(s => JsonNode.Parse(s))]);
        }

        return node.ToJsonString(Indented);
    }
}
