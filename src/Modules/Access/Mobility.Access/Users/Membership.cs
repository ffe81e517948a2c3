namespace Mobility.Access.Users;

/// <summary>What a user belongs to: a consortium they coordinate or fund, an organisation they work at.</summary>
internal sealed class Membership(Guid userId, MembershipKind kind, Guid subjectId)
{
    public Guid UserId { get; private set; } = userId;

    public MembershipKind Kind { get; private set; } = kind;

    /// <summary>The Enrolment consortium or organisation.</summary>
    public Guid SubjectId { get; private set; } = subjectId;
}
