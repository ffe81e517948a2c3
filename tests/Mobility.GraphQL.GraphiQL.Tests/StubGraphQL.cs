using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Mobility.GraphQL.GraphiQL.Tests;

/// <summary>Stands in for the engine: a hand-written introspection of <c>type Query { hello: String }</c> and a canned answer.</summary>
internal static class StubGraphQL
{
    public const string HelloAnswer = "Hello from the stub";
    public const string GetAnswer = "stub GET endpoint";

    public static void Map(WebApplication app)
    {
        app.MapPost("/graphql", async (HttpRequest request) =>
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            var query = body.RootElement.GetProperty("query").GetString() ?? string.Empty;
            var json = query.Contains("__schema", StringComparison.Ordinal) ? Introspection
                : query.Contains("hello", StringComparison.Ordinal) ? $$$"""{"data":{"hello":"{{{HelloAnswer}}}"}}"""
                : """{"errors":[{"message":"The stub only knows hello."}]}""";
            return Results.Text(json, "application/json");
        });
        app.MapGet("/graphql", () => Results.Text(GetAnswer));
    }

    private const string Introspection = """
        {"data":{"__schema":{
          "description":null,
          "queryType":{"name":"Query","kind":"OBJECT"},"mutationType":null,"subscriptionType":null,
          "types":[
            {"kind":"OBJECT","name":"Query","description":"The root of every query.","specifiedByURL":null,"isOneOf":false,
             "fields":[{"name":"hello","description":"A greeting.","args":[],
                        "type":{"kind":"SCALAR","name":"String","ofType":null},"isDeprecated":false,"deprecationReason":null}],
             "inputFields":null,"interfaces":[],"enumValues":null,"possibleTypes":null},
            {"kind":"SCALAR","name":"String","description":null,"specifiedByURL":null,"isOneOf":false,
             "fields":null,"inputFields":null,"interfaces":null,"enumValues":null,"possibleTypes":null},
            {"kind":"SCALAR","name":"Boolean","description":null,"specifiedByURL":null,"isOneOf":false,
             "fields":null,"inputFields":null,"interfaces":null,"enumValues":null,"possibleTypes":null}
          ],
          "directives":[
            {"name":"include","description":null,"isRepeatable":false,"locations":["FIELD","FRAGMENT_SPREAD","INLINE_FRAGMENT"],
             "args":[{"name":"if","description":null,"type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"SCALAR","name":"Boolean","ofType":null}},
                      "defaultValue":null,"isDeprecated":false,"deprecationReason":null}]},
            {"name":"skip","description":null,"isRepeatable":false,"locations":["FIELD","FRAGMENT_SPREAD","INLINE_FRAGMENT"],
             "args":[{"name":"if","description":null,"type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"SCALAR","name":"Boolean","ofType":null}},
                      "defaultValue":null,"isDeprecated":false,"deprecationReason":null}]}
          ]}}}
        """;
}
