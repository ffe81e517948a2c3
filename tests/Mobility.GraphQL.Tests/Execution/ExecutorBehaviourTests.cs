using Mobility.GraphQL.Execution;

namespace Mobility.GraphQL.Tests.Execution;

public sealed class ExecutorBehaviourTests
{
    private const string Sdl = """
        type Query { learners: [Learner!]! slowA: String slowB: String hang: String deep: Deep }
        type Learner { id: ID! host: Host }
        type Host { id: ID! name: String }
        type Deep { deep: Deep leaf: Int }
        type Mutation { touch: Int }
        """;

    [Fact]
    public async Task A_data_loader_fetches_the_hosts_of_all_learners_in_one_batch()
    {
        var batches = new List<IReadOnlyList<string>>();
        var schema = GraphQLSchema.FromSdl(Sdl, b => b
            .Field("Query", "learners", _ => Enumerable.Range(0, 50).Select(i => new Dictionary<string, object?> { ["id"] = $"L{i}", ["hostId"] = $"H{i % 5}" }).ToList())
            .Field("Learner", "host", c => c.DataLoader<string, object>("hostById", (keys, _) =>
            {
                batches.Add(keys);
                return Task.FromResult<IReadOnlyDictionary<string, object>>(keys.ToDictionary(k => k, k => (object)new Dictionary<string, object?> { ["id"] = k, ["name"] = "Host " + k }));
            }).LoadAsync((string)((Dictionary<string, object?>)c.Parent!)["hostId"]!)));

        var result = await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = "{ learners { id host { name } } }" });

        Assert.Empty(result.Errors);
        Assert.Single(batches);
        Assert.Equal(5, batches[0].Count);
        Assert.Contains("\"host\":{\"name\":\"Host H3\"}", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sibling_async_fields_run_concurrently()
    {
        var bothStarted = new TaskCompletionSource();
        var started = 0;
        async Task<object?> Slow(string value)
        {
            if (Interlocked.Increment(ref started) == 2)
            {
                bothStarted.SetResult();
            }

            await bothStarted.Task.WaitAsync(TimeSpan.FromSeconds(5));
            return value;
        }

        var schema = GraphQLSchema.FromSdl(Sdl, b => b.Field("Query", "slowA", _ => Slow("a")).Field("Query", "slowB", _ => Slow("b")));
        var result = await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = "{ slowA slowB }" });

        Assert.Equal("""{"data":{"slowA":"a","slowB":"b"}}""", result.ToJson());
    }

    [Fact]
    public async Task Execution_stops_when_the_client_goes_away()
    {
        var schema = GraphQLSchema.FromSdl(Sdl, b => b.Field("Query", "hang", c => Task.Delay(Timeout.Infinite, c.CancellationToken).ContinueWith(_ => (object?)null, TaskScheduler.Default)));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = "{ hang }" }, cancellation.Token));
    }

    [Fact]
    public async Task Introspection_can_be_switched_off()
    {
        var executor = new GraphQLExecutor(GraphQLSchema.FromSdl(Sdl), new ExecutorOptions { EnableIntrospection = false });

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ __schema { queryType { name } } }" });

        Assert.False(result.HasData);
        Assert.Equal("Introspection is disabled for this endpoint.", result.Errors[0].Message);
        Assert.Equal(ErrorCodes.ValidationFailed, result.Errors[0].Code);
    }

    [Fact]
    public async Task Operations_deeper_than_the_limit_are_rejected()
    {
        var executor = new GraphQLExecutor(GraphQLSchema.FromSdl(Sdl), new ExecutorOptions { MaxExecutionDepth = 3 });

        var ok = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ deep { deep { leaf } } }" });
        var tooDeep = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ deep { deep { deep { leaf } } } }" });

        Assert.Empty(ok.Errors);
        Assert.Equal("The operation exceeds the maximum allowed depth of 3.", tooDeep.Errors[0].Message);
    }

    [Fact]
    public async Task A_mutation_is_refused_when_only_queries_are_allowed()
    {
        var result = await new GraphQLExecutor(GraphQLSchema.FromSdl(Sdl)).ExecuteAsync(new GraphQLRequest { Query = "mutation { touch }", QueriesOnly = true });

        Assert.False(result.HasData);
        Assert.Equal(ErrorCodes.BadUserInput, result.Errors[0].Code);
    }

    [Fact]
    public async Task Errors_carry_message_locations_path_and_code()
    {
        var schema = GraphQLSchema.FromSdl(Sdl, b => b.Field("Query", "learners", _ => new[] { new Dictionary<string, object?> { ["id"] = null } }));

        var result = await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = "{\n  learners { id }\n}" });

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Learner.id.","locations":[{"line":2,"column":14}],"path":["learners",0,"id"],"extensions":{"code":"INVALID_RESULT"}}],"data":null}""",
            result.ToJson());
    }

    [Fact]
    public async Task Unexpected_exceptions_are_hidden_unless_details_are_enabled()
    {
        var schema = GraphQLSchema.FromSdl(Sdl, b => b.Field("Query", "slowA", _ => throw new InvalidOperationException("connection string leaked")));

        var hidden = await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = "{ slowA }" });
        var shown = await new GraphQLExecutor(schema, new ExecutorOptions { IncludeExceptionDetails = true }).ExecuteAsync(new GraphQLRequest { Query = "{ slowA }" });

        Assert.Equal("Unexpected Execution Error", hidden.Errors[0].Message);
        Assert.Equal("connection string leaked", shown.Errors[0].Message);
    }

    [Fact]
    public void The_schema_prints_as_sdl()
    {
        Assert.StartsWith("type Query {\n  learners: [Learner!]!", GraphQLSchema.FromSdl(Sdl).Sdl, StringComparison.Ordinal);
    }

    [Fact]
    public void Binding_a_resolver_to_a_missing_field_fails_at_startup()
    {
        var error = Assert.Throws<GraphQLSchemaException>(() => GraphQLSchema.FromSdl(Sdl, b => b.Field("Query", "nope", _ => null)));
        Assert.Equal("Cannot bind a resolver to \"Query.nope\": no such field.", error.Message);
    }
}
