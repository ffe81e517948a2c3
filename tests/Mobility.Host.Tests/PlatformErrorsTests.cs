using Mobility.BuildingBlocks.Domain;
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
    }

    [Fact]
    public void Something_missing_is_not_found_and_anything_else_stays_hidden()
    {
        Assert.Equal(PlatformErrors.NotFound, PlatformErrors.Filter(new NotFoundException("Placement", Guid.Empty))?.Code);
        Assert.Null(PlatformErrors.Filter(new InvalidOperationException("connection string with a password")));
    }
}
