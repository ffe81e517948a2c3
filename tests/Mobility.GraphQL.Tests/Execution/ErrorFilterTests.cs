using Mobility.GraphQL.Execution;

namespace Mobility.GraphQL.Tests.Execution;

public sealed class ErrorFilterTests
{
    private const string Sdl = "type Query { refused: String hidden: String }";

    private static readonly GraphQLSchema Schema = GraphQLSchema.FromSdl(Sdl, b => b
        .Field("Query", "refused", _ => throw new InvalidOperationException("Selection is closed for this call."))
        .Field("Query", "hidden", _ => throw new FormatException("Host=db;Password=secret")));

    [Fact]
    public async Task An_error_filter_turns_a_resolver_exception_into_a_message_and_code_the_client_sees()
    {
        var executor = new GraphQLExecutor(Schema, new ExecutorOptions
        {
            ErrorFilter = e => e is InvalidOperationException ? new GraphQLException(e.Message, "SELECTION_CLOSED") : null,
        });

        var json = (await executor.ExecuteAsync(new GraphQLRequest { Query = "{ refused hidden }" })).ToJson();

        Assert.Contains("\"message\":\"Selection is closed for this call.\"", json, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"SELECTION_CLOSED\"", json, StringComparison.Ordinal);
        Assert.Contains("Unexpected Execution Error", json, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filtered_error_can_carry_extensions_next_to_its_code()
    {
        var executor = new GraphQLExecutor(Schema, new ExecutorOptions
        {
            ErrorFilter = e => new GraphQLException("Invalid input.", "BAD_USER_INPUT")
            {
                Extensions = new Dictionary<string, object?> { ["failures"] = new[] { new Dictionary<string, object?> { ["field"] = "country", ["rule"] = "CountryCode" } } },
            },
        });

        var json = (await executor.ExecuteAsync(new GraphQLRequest { Query = "{ refused }" })).ToJson();

        Assert.Contains("\"extensions\":{\"code\":\"BAD_USER_INPUT\",\"failures\":[{\"field\":\"country\",\"rule\":\"CountryCode\"}]}", json, StringComparison.Ordinal);
    }
}
