namespace Mobility.BuildingBlocks.Domain;

/// <summary>Guards used by entity methods so invariants hold whatever the caller.</summary>
public static class Rule
{
    public static void Require(bool condition, string code, string message)
    {
        if (!condition)
        {
            throw new DomainRuleViolationException(code, message);
        }
    }
}
