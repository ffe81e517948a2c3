using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Mobility.Access.Data;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;

namespace Mobility.Access.Users;

/// <summary>Finds the user an e-mail names, as the viewer may see them: the platform sees everyone, a user only themself.</summary>
internal sealed class UserLookup(AccessDbContext db, ILookupNormalizer normalizer, Viewer viewer)
{
    public async Task<AccessUser> ByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = normalizer.NormalizeEmail(email.Trim());
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        return user is not null && Sees(user.Id) ? user : throw new NotFoundException($"No user has the e-mail {email.Trim()}.");
    }

    public bool Sees(Guid userId) => viewer.IsSystem || viewer.UserId == userId;
}
