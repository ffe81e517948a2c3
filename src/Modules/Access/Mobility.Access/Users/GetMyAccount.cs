using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.Access.Data;
using Mobility.Access.Tokens;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Contracts.Directory;

namespace Mobility.Access.Users;

/// <summary>The signed-in user's account: who they are, what they belong to, their API tokens. Null when nobody is signed in.</summary>
internal sealed record GetMyAccount : IRequest<Account?>;

internal sealed record Account(
    Guid UserId,
    string Email,
    IReadOnlyList<PlatformRole> Roles,
    IReadOnlyList<AccountMembership> Memberships,
    Guid? LearnerId,
    Guid? StaffMemberId,
    IReadOnlyList<ApiToken> ApiTokens);

/// <summary>A consortium or organisation the user belongs to, with its name from Enrolment.</summary>
internal sealed record AccountMembership(MembershipKind Kind, Guid Id, string Name);

internal sealed class GetMyAccountHandler(AccessDbContext db, Viewer viewer, IEnrolmentDirectory enrolment)
    : IRequestHandler<GetMyAccount, Account?>
{
    public async Task<Account?> Handle(GetMyAccount request, CancellationToken cancellationToken)
    {
        if (viewer.UserId is not { } userId)
        {
            return null;
        }

        var user = await db.Users.AsNoTracking().Include(u => u.Memberships).FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roleNames = await db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(cancellationToken);
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId)
            .OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        return new Account(
            user.Id, user.Email!, [.. roleNames.Select(Enum.Parse<PlatformRole>).Order()],
            await NamedAsync(user.Memberships, cancellationToken), user.LearnerId, user.StaffMemberId, tokens);
    }

    private async Task<IReadOnlyList<AccountMembership>> NamedAsync(IReadOnlyList<Membership> memberships, CancellationToken cancellationToken)
    {
        var consortiumIds = memberships.Where(m => m.Kind != MembershipKind.WorksAt).Select(m => m.SubjectId).Distinct().ToList();
        var organisationIds = memberships.Where(m => m.Kind == MembershipKind.WorksAt).Select(m => m.SubjectId).Distinct().ToList();
        var names = (await enrolment.GetConsortiaAsync(consortiumIds, cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
        foreach (var organisation in await enrolment.GetOrganisationsAsync(organisationIds, cancellationToken))
        {
            names[organisation.Id] = organisation.Name;
        }

        return [.. memberships
            .Select(m => new AccountMembership(m.Kind, m.SubjectId, names.GetValueOrDefault(m.SubjectId, "(no longer in Enrolment)")))
            .OrderBy(m => m.Kind).ThenBy(m => m.Name, StringComparer.Ordinal)];
    }
}
