using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Mobility.GraphQL.Execution;

namespace Mobility.GraphQL.Tests.CodeFirst;

public sealed class CodeFirstSchemaTests
{
    private static GraphQLSchema Build(IServiceProviderIsService? services = null)
    {
        var builder = new GraphQLSchemaBuilder()
            .AddQueryType<LearnerQueries>()
            .AddQueryType<HealthQueries>()
            .AddMutationType<LearnerMutations>()
            .AddTypeExtension<LearnerPlacements>();
        return (services is null ? builder : builder.UseServiceDetection(services)).Build();
    }

    [Fact]
    public void Classes_become_types_with_names_nullability_descriptions_and_deprecation()
    {
        var sdl = Build().Sdl;

        Assert.Contains(
            "\"\"\"A person on a mobility.\"\"\"\ntype Learner {\n  id: UUID!\n  name: String!\n  email: String\n  status: LearnerStatus!\n"
            + "  mail: String @deprecated(reason: \"Use email.\")\n\n  \"\"\"Initials for badges.\"\"\"\n  initials: String!\n",
            sdl,
            StringComparison.Ordinal);
        Assert.Contains("  placements(first: Int! = 10): [Placement!]!", sdl, StringComparison.Ordinal);
        Assert.Contains("enum LearnerStatus {\n  DRAFT\n  IN_MOBILITY\n  COMPLETED\n}", sdl, StringComparison.Ordinal);
        Assert.Contains("learners(status: LearnerStatus = null): [Learner!]!", sdl, StringComparison.Ordinal);
        Assert.Contains("  ping: String!", sdl, StringComparison.Ordinal);
        Assert.Contains("input NewLearnerInput {\n  name: String!\n  email: String\n}", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_documentation_describes_arguments()
    {
        Assert.Contains("\"\"\"A learner by id.\"\"\"\n  learner(\n    \"\"\"The learner's id.\"\"\"\n    id: UUID!\n  ): Learner", Build().Sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolvers_get_arguments_parent_services_and_cancellation()
    {
        var services = new ServiceCollection().AddSingleton<IClock, FixedClock>().BuildServiceProvider();
        var executor = new GraphQLExecutor(Build(services.GetRequiredService<IServiceProviderIsService>()));
        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = """
                { ping learners(status: IN_MOBILITY) { name status initials placements(first: 2) { id weeks } }
                  learner(id: "22222222-2222-2222-2222-222222222222") { email mail } }
                """,
            Services = services,
        });

        Assert.Equal(
            """{"data":{"ping":"pong at noon","learners":[{"name":"Ada Lovelace","status":"IN_MOBILITY","initials":"AL","placements":[{"id":"A1","weeks":2},{"id":"A2","weeks":4}]}],"learner":{"email":null,"mail":null}}}""",
            result.ToJson());
    }

    [Fact]
    public async Task Mutations_receive_input_objects_as_csharp_records()
    {
        var executor = new GraphQLExecutor(Build());
        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = "mutation($n: String!) { addLearner(input: { name: $n, email: \"e@x.org\" }) { name email status } }",
            Variables = new Dictionary<string, object?> { ["n"] = "Cy" },
        });

        using var json = JsonDocument.Parse(result.ToJson());
        Assert.Equal("Cy", json.RootElement.GetProperty("data").GetProperty("addLearner").GetProperty("name").GetString());
        Assert.Equal("DRAFT", json.RootElement.GetProperty("data").GetProperty("addLearner").GetProperty("status").GetString());
    }

    [Fact]
    public void An_extension_of_an_unregistered_root_is_reported_at_build_time()
    {
        var error = Assert.Throws<GraphQLSchemaException>(() => new GraphQLSchemaBuilder().AddQueryType<HealthQueries>().AddTypeExtension<NotAnExtension>().Build());
        Assert.Contains("NotAnExtension", error.Message, StringComparison.Ordinal);
    }

    private sealed class NotAnExtension
    {
        public int Value { get; } = 1;
    }
}
