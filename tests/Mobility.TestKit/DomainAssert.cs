using Mobility.BuildingBlocks.Domain;
using Xunit;

namespace Mobility.TestKit;

/// <summary>Asserts that a use case was refused for the right reason: a named business rule or a named field.</summary>
public static class DomainAssert
{
    public static async Task<DomainRuleViolationException> ViolatesAsync(string code, Func<Task> action)
    {
        var violation = await Assert.ThrowsAnyAsync<DomainRuleViolationException>(action);
        Assert.Equal(code, violation.Code);
        return violation;
    }

    public static DomainRuleViolationException Violates(string code, Action action)
    {
        var violation = Assert.ThrowsAny<DomainRuleViolationException>(action);
        Assert.Equal(code, violation.Code);
        return violation;
    }

    public static async Task<InvalidInputException> RejectsAsync(string field, string rule, Func<Task> action)
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(action);
        Assert.Contains(error.Failures, f => f.Field == field && f.Rule == rule);
        return error;
    }
}
