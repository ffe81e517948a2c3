using Microsoft.AspNetCore.Identity;

namespace Mobility.Access.Users;

/// <summary>
/// A person who signs in: Identity's user (e-mail as user name, hashed password, lockout) with what links them to
/// the rest of the platform: the Enrolment learner or staff member they are, and their <see cref="Membership"/>s.
/// </summary>
internal sealed class AccessUser : IdentityUser<Guid>
{
    private readonly List<Membership> _memberships = [];

    public DateTime CreatedAt { get; set; }

    /// <summary>The Enrolment learner this user is (role Learner).</summary>
    public Guid? LearnerId { get; set; }

    /// <summary>The Enrolment staff member this user is, if any.</summary>
    public Guid? StaffMemberId { get; set; }

    public IReadOnlyList<Membership> Memberships => _memberships;

    public static AccessUser Create(Guid id, string email, DateTime now, Guid? learnerId, Guid? staffMemberId) => new()
    {
        Id = id,
        UserName = email,
        Email = email,
        EmailConfirmed = true,
        LockoutEnabled = true,
        CreatedAt = now,
        LearnerId = learnerId,
        StaffMemberId = staffMemberId,
    };

    public void AddMembership(MembershipKind kind, Guid subjectId)
    {
        if (!_memberships.Exists(m => m.Kind == kind && m.SubjectId == subjectId))
        {
            _memberships.Add(new Membership(Id, kind, subjectId));
        }
    }
}
