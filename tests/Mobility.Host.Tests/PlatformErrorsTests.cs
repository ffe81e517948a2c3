using Mobility.BuildingBlocks.Domain;
using Mobility.GraphQL;
using Mobility.GraphQL.Execution;
using Mobility.Host.GraphQL;

namespace Mobility.Host.Tests;

public sealed class PlatformErrorsTests
{
    [Fact]
    public void A_broken_business_rule_reaches_the_client_with_its_own_code_and_message()
    {
        var error = PlatformErrors.Filter(new DomainRuleViolationException("GUARDIAN_CONSENT_REQUIRED", "Record a guardian's consent first."));

        Assert.NotNull(error);
        Assert.Equal("GUARDIAN_CONSENT_REQUIRED", error.Code);
        Assert.Equal("Record a guardian's consent first.", error.Message);
    }

    [Fact]
    public void Invalid_input_is_a_bad_user_input_error_naming_each_field()
    {
        var invalid = new InvalidInputException("RegisterOrganisation", [new ValidationFailure("country", "CountryCode", "'XX' is not a country.")]);

        var error = PlatformErrors.Filter(invalid);

        Assert.Equal(PlatformErrors.BadUserInput, error?.Code);
        Assert.Contains("country: 'XX' is not a country.", error?.Message, StringComparison.Ordinal);
        var failure = Assert.Single((IEnumerable<Dictionary<string, object?>>)error!.Extensions!["failures"]!);
        Assert.Equal(["country", "CountryCode", "'XX' is not a country."], [failure["field"], failure["rule"], failure["message"]]);
    }

    [Theory]
    [InlineData("rule", "BusinessRuleError", "\"code\":\"GUARDIAN_CONSENT_REQUIRED\"")]
    [InlineData("input", "InvalidInputError", "\"failures\":[{\"field\":\"startsOn\",\"rule\":\"NotInThePast\",\"message\":\"Pick a future date.\"}]")]
    [InlineData("missing", "NotFoundError", "\"entity\":\"Learner\",\"id\":\"00000000-0000-0000-0000-000000000000\"")]
    public async Task Every_module_mutation_reports_the_platforms_refusals_in_its_payload(string refusal, string type, string fields)
    {
        var schema = new GraphQLSchemaBuilder().AddQueryType<Queries>().AddMutationType<Mutations>().AddMutationConventions(PlatformErrors.AddDefaultErrors).Build();

        var json = (await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest
        {
            Query = "mutation($r: String!) { refuse(input: { refusal: $r }) { string errors { __typename ... on Error { message } "
                + "... on BusinessRuleError { code } ... on InvalidInputError { failures { field rule message } } ... on NotFoundError { entity id } } } }",
            Variables = new Dictionary<string, object?> { ["r"] = refusal },
        })).ToJson();

        Assert.StartsWith($"{{\"data\":{{\"refuse\":{{\"string\":null,\"errors\":[{{\"__typename\":\"{type}\",\"message\":", json, StringComparison.Ordinal);
        Assert.Contains(fields, json, StringComparison.Ordinal);
        Assert.Contains("union RefuseError = BusinessRuleError | InvalidInputError | NotFoundError", schema.Sdl, StringComparison.Ordinal);
    }

    internal sealed class Queries
    {
        public static string Ping() => "pong";
    }

    internal sealed class Mutations
    {
        public static string Refuse(string refusal) => refusal switch
        {
            "rule" => throw new DomainRuleViolationException("GUARDIAN_CONSENT_REQUIRED", "Record a guardian's consent first."),
            "input" => throw new InvalidInputException("PlanPlacement", [new ValidationFailure("startsOn", "NotInThePast", "Pick a future date.")]),
            "missing" => throw new NotFoundException("Learner", Guid.Empty),
            _ => "done",
        };
    }

    [Fact]
    public void Something_missing_is_not_found_and_anything_else_stays_hidden()
    {
        Assert.Equal(PlatformErrors.NotFound, PlatformErrors.Filter(new NotFoundException("Placement", Guid.Empty))?.Code);
        Assert.Null(PlatformErrors.Filter(new InvalidOperationException("connection string with a password")));
    }
}
