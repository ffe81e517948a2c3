using System.Security.Claims;

namespace Mobility.BuildingBlocks.Security;

/// <summary>
/// Who is asking, and what they may see. Use cases that read or change people's data inject it and scope their
/// queries with it; it is built from the request's claims (<see cref="From"/>), or is <see cref="System"/> for the
/// platform's own work outside any request (start-up, demo seed, jobs, command line).
/// </summary>
public sealed record Viewer
{
    private Viewer(
        Guid? userId, string? email, IReadOnlySet<PlatformRole> roles, IReadOnlySet<Guid> consortiumIds,
        IReadOnlySet<Guid> organisationIds, Guid? learnerId, Guid? staffMemberId, bool isSystem)
    {
        UserId = userId;
        Email = email;
        Roles = roles;
        ConsortiumIds = consortiumIds;
        OrganisationIds = organisationIds;
        LearnerId = learnerId;
        StaffMemberId = staffMemberId;
        IsSystem = isSystem;
    }

    /// <summary>Nobody signed in: sees nothing but what is public.</summary>
    public static Viewer Anonymous { get; } = new(null, null, new HashSet<PlatformRole>(), new HashSet<Guid>(), new HashSet<Guid>(), null, null, false);

    /// <summary>The platform itself (no user): sees everything. Never built from a request.</summary>
    public static Viewer System { get; } = new(null, null, new HashSet<PlatformRole>(), new HashSet<Guid>(), new HashSet<Guid>(), null, null, true);

    public Guid? UserId { get; }

    /// <summary>Lower-case e-mail; a host tutor's placements are those whose tutor has this e-mail.</summary>
    public string? Email { get; }

    public IReadOnlySet<PlatformRole> Roles { get; }

    public IReadOnlySet<Guid> ConsortiumIds { get; }

    public IReadOnlySet<Guid> OrganisationIds { get; }

    public Guid? LearnerId { get; }

    public Guid? StaffMemberId { get; }

    public bool IsSystem { get; }

    public bool IsAuthenticated => IsSystem || UserId is not null;

    public bool IsIn(PlatformRole role) => Roles.Contains(role);

    /// <summary>Coordinators and school staff: they see the people of <see cref="OrganisationIds"/>.</summary>
    public bool SeesOrganisations => IsIn(PlatformRole.ConsortiumCoordinator) || IsIn(PlatformRole.SchoolStaff);

    /// <summary>Whether the viewer may see the people and placements of this organisation.</summary>
    public bool SeesOrganisation(Guid? organisationId) =>
        IsSystem || (organisationId is { } id && SeesOrganisations && OrganisationIds.Contains(id));

    /// <summary>A signed-in user with the given memberships (the Access module, and tests).</summary>
    public static Viewer User(
        Guid userId, string email, IEnumerable<PlatformRole> roles, IEnumerable<Guid>? consortiumIds = null,
        IEnumerable<Guid>? organisationIds = null, Guid? learnerId = null, Guid? staffMemberId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return new Viewer(
            userId, email.Trim().ToLowerInvariant(), roles.ToHashSet(), (consortiumIds ?? []).ToHashSet(),
            (organisationIds ?? []).ToHashSet(), learnerId, staffMemberId, false);
    }

    /// <summary>Reads the claims of <see cref="PlatformClaimTypes"/>; an unauthenticated principal is <see cref="Anonymous"/>.</summary>
    public static Viewer From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(PlatformClaimTypes.UserId), out var userId))
        {
            return Anonymous;
        }

        var roles = principal.FindAll(PlatformClaimTypes.Role)
            .Select(c => Enum.TryParse<PlatformRole>(c.Value, out var role) ? role : (PlatformRole?)null)
            .OfType<PlatformRole>();
        return User(
            userId, principal.FindFirstValue(PlatformClaimTypes.Email) ?? "", roles, Ids(principal, PlatformClaimTypes.Consortium),
            Ids(principal, PlatformClaimTypes.Organisation), Ids(principal, PlatformClaimTypes.Learner).Cast<Guid?>().FirstOrDefault(),
            Ids(principal, PlatformClaimTypes.StaffMember).Cast<Guid?>().FirstOrDefault());
    }

    /// <summary>The claims that <see cref="From"/> reads back to this viewer.</summary>
    public IEnumerable<Claim> ToClaims()
    {
        if (UserId is not { } userId)
        {
            yield break;
        }

        yield return new Claim(PlatformClaimTypes.UserId, userId.ToString());
        yield return new Claim(PlatformClaimTypes.Email, Email ?? "");
        foreach (var role in Roles)
        {
            yield return new Claim(PlatformClaimTypes.Role, role.ToString());
        }

        foreach (var id in ConsortiumIds)
        {
            yield return new Claim(PlatformClaimTypes.Consortium, id.ToString());
        }

        foreach (var id in OrganisationIds)
        {
            yield return new Claim(PlatformClaimTypes.Organisation, id.ToString());
        }

        if (LearnerId is { } learnerId)
        {
            yield return new Claim(PlatformClaimTypes.Learner, learnerId.ToString());
        }

        if (StaffMemberId is { } staffMemberId)
        {
            yield return new Claim(PlatformClaimTypes.StaffMember, staffMemberId.ToString());
        }
    }

    private static IEnumerable<Guid> Ids(ClaimsPrincipal principal, string type) =>
        principal.FindAll(type).Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty);
}
