using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.Access.Data;
using Mobility.Access.Authentication;
using Mobility.BuildingBlocks.Security;

namespace Mobility.Access.Tokens;

/// <summary>Finds the user a bearer token belongs to, by the hash of the presented secret, and records its use.</summary>
internal sealed record AuthenticateApiToken(string Secret) : IRequest<TokenAuthentication>;

/// <summary>The viewer the token acts as, or why it is refused.</summary>
internal sealed record TokenAuthentication(Viewer? Viewer, string? Refusal);

internal sealed class AuthenticateApiTokenValidator : AbstractValidator<AuthenticateApiToken>
{
    public AuthenticateApiTokenValidator() => RuleFor(r => r.Secret).NotEmpty();
}

internal sealed class AuthenticateApiTokenHandler(AccessDbContext db, ViewerFactory viewers, TimeProvider clock)
    : IRequestHandler<AuthenticateApiToken, TokenAuthentication>
{
    public async Task<TokenAuthentication> Handle(AuthenticateApiToken request, CancellationToken cancellationToken)
    {
        var hash = ApiTokenSecret.Hash(request.Secret.Trim());
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.SecretHash == hash, cancellationToken);
        if (token is null)
        {
            return new TokenAuthentication(null, "The token is not known.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        switch (token.StateAt(now))
        {
            case ApiTokenState.Revoked:
                return new TokenAuthentication(null, $"The token was revoked on {token.RevokedAt:u}.");
            case ApiTokenState.Expired:
                return new TokenAuthentication(null, $"The token expired on {token.ExpiresAt:u}.");
        }

        var viewer = await viewers.ForUserAsync(token.UserId, cancellationToken);
        if (viewer is null)
        {
            return new TokenAuthentication(null, "The token's user no longer exists.");
        }

        if (token.MarkUsed(now))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return new TokenAuthentication(viewer, null);
    }
}
