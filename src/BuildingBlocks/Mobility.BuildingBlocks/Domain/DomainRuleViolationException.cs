namespace Mobility.BuildingBlocks.Domain;

/// <summary>
/// A business rule refused a change, e.g. selecting a minor without guardian consent. The code is stable and
/// machine-readable (it becomes the GraphQL error code); the message says what to do in words. Not sealed: an
/// access refusal (<c>AccessDeniedException</c>) is a rule violation a client can tell apart by its type.
/// </summary>
public class DomainRuleViolationException : Exception
{
    public DomainRuleViolationException(string code, string message)
        : base(message) => Code = code;

    public DomainRuleViolationException()
        : this("DOMAIN_RULE", "A business rule was broken.")
    {
    }

    public DomainRuleViolationException(string message)
        : this("DOMAIN_RULE", message)
    {
    }

    public DomainRuleViolationException(string message, Exception innerException)
        : base(message, innerException) => Code = "DOMAIN_RULE";

    public string Code { get; }
}
