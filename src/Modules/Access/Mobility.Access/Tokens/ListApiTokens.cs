using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.Access.Data;
using Mobility.Access.Users;

namespace Mobility.Access.Tokens;

/// <summary>A user's API tokens, newest first (never their secrets, which are not kept).</summary>
internal sealed record ListApiTokens(string Email) : IRequest<IReadOnlyList<ApiToken>>;

internal sealed class ListApiTokensHandler(AccessDbContext db, UserLookup users) : IRequestHandler<ListApiTokens, IReadOnlyList<ApiToken>>
{
    public async Task<IReadOnlyList<ApiToken>> Handle(ListApiTokens request, CancellationToken cancellationToken)
    {
        var user = await users.ByEmailAsync(request.Email, cancellationToken);
        return await db.ApiTokens.AsNoTracking().Where(t => t.UserId == user.Id)
            .OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id).ToListAsync(cancellationToken);
    }
}
