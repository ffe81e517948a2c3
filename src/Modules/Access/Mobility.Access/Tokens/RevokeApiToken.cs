using FluentValidation;
using MediatR;
using Mobility.Access.Data;
using Mobility.Access.Users;
using Mobility.BuildingBlocks.Domain;

namespace Mobility.Access.Tokens;

/// <summary>Revokes one API token; its owner or the platform may.</summary>
internal sealed record RevokeApiToken(Guid TokenId) : IRequest<ApiToken>;

internal sealed class RevokeApiTokenValidator : AbstractValidator<RevokeApiToken>
{
    public RevokeApiTokenValidator() => RuleFor(r => r.TokenId).NotEmpty();
}

internal sealed class RevokeApiTokenHandler(AccessDbContext db, UserLookup users, TimeProvider clock)
    : IRequestHandler<RevokeApiToken, ApiToken>
{
    public async Task<ApiToken> Handle(RevokeApiToken request, CancellationToken cancellationToken)
    {
        var token = await db.ApiTokens.FindAsync([request.TokenId], cancellationToken);
        if (token is null || !users.Sees(token.UserId))
        {
            throw new NotFoundException("API token", request.TokenId);
        }

        token.Revoke(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }
}
