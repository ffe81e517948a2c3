using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.Access.Data;
using Mobility.Access.Users;

namespace Mobility.Access.Tokens;

/// <summary>Revokes every token of a user that is not revoked yet; returns how many.</summary>
internal sealed record RevokeAllApiTokens(string Email) : IRequest<int>;

internal sealed class RevokeAllApiTokensValidator : AbstractValidator<RevokeAllApiTokens>
{
    public RevokeAllApiTokensValidator() => RuleFor(r => r.Email).NotEmpty().MaximumLength(256);
}

internal sealed class RevokeAllApiTokensHandler(AccessDbContext db, UserLookup users, TimeProvider clock)
    : IRequestHandler<RevokeAllApiTokens, int>
{
    public async Task<int> Handle(RevokeAllApiTokens request, CancellationToken cancellationToken)
    {
        var user = await users.ByEmailAsync(request.Email, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var tokens = await db.ApiTokens.Where(t => t.UserId == user.Id && t.RevokedAt == null).ToListAsync(cancellationToken);
        tokens.ForEach(t => t.Revoke(now));
        await db.SaveChangesAsync(cancellationToken);
        return tokens.Count;
    }
}
