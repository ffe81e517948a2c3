using System.Security.Claims;
using System.Text.Json;
using Mobility.GraphQL.Execution;

namespace Mobility.GraphQL.Tests.Authorization;

public sealed class AuthorizationTests
{
    private static readonly GraphQLSchema Schema = new GraphQLSchemaBuilder()
        .AddQueryType<AuthorizationQueries>()
        .AddQueryType<CoordinatorQueries>()
        .AddQueryType<PlacementQueries>()
        .AddTypeExtension<ConsortiumBudget>()
        .Build();

    private static readonly GraphQLSchema Locked = new GraphQLSchemaBuilder()
        .AddQueryType<AuthorizationQueries>()
        .AddQueryType<CoordinatorQueries>()
        .RequireAuthenticatedUser()
        .Build();

    [Fact]
    public async Task Without_a_user_a_protected_field_is_null_with_an_error_and_its_resolver_never_runs()
    {
        var before = AuthorizationQueries.Runs;

        using var json = await RunAsync(Schema, "{ open private aggregates }", Users.Anonymous);

        Assert.Equal(before, AuthorizationQueries.Runs);
        Assert.Equal("""{"open":"open","private":null,"aggregates":null}""", json.RootElement.GetProperty("data").GetRawText());
        var errors = json.RootElement.GetProperty("errors");
        Assert.Equal(2, errors.GetArrayLength());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", Code(errors[0]));
        Assert.Equal("""["private"]""", errors[0].GetProperty("path").GetRawText());
        Assert.Equal("""[{"line":1,"column":8}]""", errors[0].GetProperty("locations").GetRawText());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", Code(errors[1]));
    }

    [Fact]
    public async Task A_null_user_is_nobody_signed_in()
    {
        using var json = await RunAsync(Schema, "{ private }", user: null);

        Assert.Equal("AUTH_NOT_AUTHENTICATED", Code(json.RootElement.GetProperty("errors")[0]));
    }

    [Fact]
    public async Task A_user_without_the_role_is_not_authorized_and_one_with_it_reads_the_field()
    {
        var before = AuthorizationQueries.Runs;
        using var staff = await RunAsync(Schema, "{ private aggregates }", Users.SignedIn("ada", "SchoolStaff"));
        Assert.Equal(before + 1, AuthorizationQueries.Runs);
        Assert.Equal("""{"private":"private","aggregates":null}""", staff.RootElement.GetProperty("data").GetRawText());
        var error = staff.RootElement.GetProperty("errors")[0];
        Assert.Equal("AUTH_NOT_AUTHORIZED", Code(error));
        Assert.Equal("""["aggregates"]""", error.GetProperty("path").GetRawText());
        Assert.Contains("Funder", error.GetProperty("message").GetString(), StringComparison.Ordinal);

        using var funder = await RunAsync(Schema, "{ aggregates }", Users.SignedIn("fay", "Funder"));
        Assert.Equal("""{"data":{"aggregates":"aggregates"}}""", funder.RootElement.GetRawText());
    }

    [Fact]
    public async Task Roles_on_a_member_need_any_one_of_them()
    {
        const string query = "{ learner { name birthDate initial } }";

        using var staff = await RunAsync(Schema, query, Users.SignedIn("sam", "SchoolStaff"));
        using var tutor = await RunAsync(Schema, query, Users.SignedIn("tom", "HostTutor"));

        Assert.Equal("""{"data":{"learner":{"name":"Ada","birthDate":"2007-03-14","initial":"A"}}}""", staff.RootElement.GetRawText());
        Assert.Equal("""{"learner":{"name":"Ada","birthDate":null,"initial":"A"}}""", tutor.RootElement.GetProperty("data").GetRawText());
        Assert.Equal("""["learner","birthDate"]""", tutor.RootElement.GetProperty("errors")[0].GetProperty("path").GetRawText());
    }

    [Fact]
    public async Task A_rule_on_a_type_covers_each_of_its_fields_including_other_classes_extensions()
    {
        const string query = "{ consortium { __typename name budget } }";

        using var staff = await RunAsync(Schema, query, Users.SignedIn("sam", "SchoolStaff"));
        using var coordinator = await RunAsync(Schema, query, Users.SignedIn("cor", "Coordinator"));

        Assert.Equal("""{"data":{"consortium":{"__typename":"Consortium","name":"CAPMOB","budget":6000}}}""", coordinator.RootElement.GetRawText());
        var errors = staff.RootElement.GetProperty("errors");
        Assert.Equal(2, errors.GetArrayLength());
        Assert.Equal("""["consortium","budget"]""", errors[1].GetProperty("path").GetRawText());
        Assert.All(errors.EnumerateArray(), e => Assert.Equal("AUTH_NOT_AUTHORIZED", Code(e)));
    }

    [Fact]
    public async Task A_rule_on_a_root_class_covers_the_fields_it_declares_except_anonymous_ones()
    {
        using var json = await RunAsync(Schema, "{ pendingApplications motto }", Users.Anonymous);

        Assert.Equal("""{"pendingApplications":null,"motto":"Go abroad"}""", json.RootElement.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task A_denied_non_null_field_nulls_the_nearest_nullable_parent()
    {
        using var json = await RunAsync(Schema, "{ placement { title tutor } }", Users.SignedIn("sam", "SchoolStaff"));

        Assert.Equal("""{"placement":null}""", json.RootElement.GetProperty("data").GetRawText());
        var error = json.RootElement.GetProperty("errors")[0];
        Assert.Equal("AUTH_NOT_AUTHORIZED", Code(error));
        Assert.Equal("""["placement","tutor"]""", error.GetProperty("path").GetRawText());
    }

    [Fact]
    public async Task A_resolver_parameter_of_type_ClaimsPrincipal_receives_the_request_user()
    {
        using var json = await RunAsync(Schema, "{ whoAmI }", Users.SignedIn("ada"));

        Assert.Equal("""{"data":{"whoAmI":"ada"}}""", json.RootElement.GetRawText());
        Assert.DoesNotContain("whoAmI(", Schema.Sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_RequireAuthenticatedUser_an_anonymous_request_gets_only_typename_introspection_and_anonymous_fields()
    {
        using var anonymous = await RunAsync(Locked, "{ __typename open motto learner { name } __type(name: \"Learner\") { name } }", Users.Anonymous);
        using var signedIn = await RunAsync(Locked, "{ open learner { name initial } }", Users.SignedIn("ada"));

        Assert.Equal(
            """{"__typename":"Query","open":null,"motto":"Go abroad","learner":null,"__type":{"name":"Learner"}}""",
            anonymous.RootElement.GetProperty("data").GetRawText());
        Assert.All(anonymous.RootElement.GetProperty("errors").EnumerateArray(), e => Assert.Equal("AUTH_NOT_AUTHENTICATED", Code(e)));
        Assert.Equal("""{"data":{"open":"open","learner":{"name":"Ada","initial":"A"}}}""", signedIn.RootElement.GetRawText());
    }

    [Fact]
    public async Task Introspection_stays_governed_by_its_own_switch()
    {
        var executor = new GraphQLExecutor(Locked, new ExecutorOptions { EnableIntrospection = false });

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ __schema { queryType { name } } }", User = Users.SignedIn("ada") });

        Assert.False(result.HasData);
        Assert.Contains("GRAPHQL_VALIDATION_FAILED", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sdl_shows_who_may_read_what()
    {
        var sdl = Schema.Sdl;
        var locked = Locked.Sdl;

        Assert.Contains("directive @authorize(\n  \"\"\"Roles allowed to read, any one of which suffices.\"\"\"\n  roles: [String!]\n) repeatable on SCHEMA | OBJECT | FIELD_DEFINITION", sdl, StringComparison.Ordinal);
        Assert.Contains("directive @allowAnonymous on FIELD_DEFINITION", sdl, StringComparison.Ordinal);
        Assert.Contains("type Consortium @authorize(roles: [\"Coordinator\"]) {", sdl, StringComparison.Ordinal);
        Assert.Contains("  private: String @authorize\n", sdl, StringComparison.Ordinal);
        Assert.Contains("  aggregates: String @authorize(roles: [\"Funder\"])\n", sdl, StringComparison.Ordinal);
        Assert.Contains("  birthDate: Date @authorize(roles: [\"Coordinator\", \"SchoolStaff\"])\n", sdl, StringComparison.Ordinal);
        Assert.Contains("  pendingApplications: Int @authorize(roles: [\"Coordinator\"])\n", sdl, StringComparison.Ordinal);
        Assert.Contains("  motto: String! @allowAnonymous\n", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("schema @authorize", sdl, StringComparison.Ordinal);
        Assert.StartsWith("schema @authorize {\n  query: Query\n}", locked, StringComparison.Ordinal);
        Assert.DoesNotContain("authorize", new GraphQLSchemaBuilder().AddQueryType<CodeFirst.LearnerQueries>().Build().Sdl, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_both_authorized_and_anonymous_or_an_aspnet_attribute_fails_the_build()
    {
        var both = Assert.Throws<GraphQLSchemaException>(() => new GraphQLSchemaBuilder().AddQueryType<BothAttributes>().Build());
        var aspnet = Assert.Throws<GraphQLSchemaException>(() => new GraphQLSchemaBuilder().AddQueryType<AspNetAttribute>().Build());

        Assert.Contains("BothAttributes.Confused cannot be both [Authorize] and [AllowAnonymous]", both.Message, StringComparison.Ordinal);
        Assert.Contains("AspNetAttribute.Unprotected uses Microsoft.AspNetCore.Authorization.AuthorizeAttribute", aspnet.Message, StringComparison.Ordinal);
    }

    private static async Task<JsonDocument> RunAsync(GraphQLSchema schema, string query, ClaimsPrincipal? user) =>
        JsonDocument.Parse((await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = query, User = user })).ToJson());

    private static string? Code(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString();
}
