using Microsoft.EntityFrameworkCore;
using Mobility.Access.Data;
using Mobility.Access.Users;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Contracts.Directory;

namespace Mobility.Access.Authentication;

/// <summary>
/// Builds the <see cref="Viewer"/> a user signs in as: their roles, the consortia they coordinate or fund, and the
/// organisations whose people they may see: a coordinator's are every member organisation of their consortia (read
/// through Enrolment's directory at sign-in), school staff's the organisations they work at.
/// </summary>
internal sealed class ViewerFactory(AccessDbContext db, IEnrolmentDirectory enrolment)
{
    public async Task<Viewer?> ForUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Include(u => u.Memberships)
            .FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roleNames = await db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
            .ToListAsync(cancellationToken);
        var roles = roleNames.Select(n => Enum.TryParse<PlatformRole>(n, out var role) ? role : (PlatformRole?)null)
            .OfType<PlatformRole>().ToHashSet();

        var coordinated = Subjects(user, MembershipKind.Coordinates, roles.Contains(PlatformRole.ConsortiumCoordinator));
        var funded = Subjects(user, MembershipKind.Funds, roles.Contains(PlatformRole.Funder));
        var organisations = Subjects(user, MembershipKind.WorksAt, roles.Contains(PlatformRole.SchoolStaff)).ToHashSet();
        if (coordinated.Count > 0)
        {
            foreach (var consortium in await enrolment.GetConsortiaAsync(coordinated, cancellationToken))
            {
                organisations.UnionWith(consortium.MemberIds);
            }
        }

        return Viewer.User(
            user.Id, user.Email!, roles, coordinated.Union(funded), organisations,
            roles.Contains(PlatformRole.Learner) ? user.LearnerId : null, user.StaffMemberId);
    }

    /// <summary>A membership counts only with the role it belongs to, so removing a role removes what it showed.</summary>
    private static List<Guid> Subjects(AccessUser user, MembershipKind kind, bool hasRole) =>
        hasRole ? [.. user.Memberships.Where(m => m.Kind == kind).Select(m => m.SubjectId)] : [];
}
