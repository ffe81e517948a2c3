using FluentValidation;
using MediatR;
using Mobility.Access.Data;
using Mobility.Access.Users;

namespace Mobility.Access.Tokens;

/// <summary>Issues a personal API token to the user with this e-mail (a user may issue tokens only to themself).</summary>
internal sealed record CreateApiToken(string Email, string? Name = null, int? Days = null) : IRequest<CreatedApiToken>;

/// <summary>The only time the secret is ever shown.</summary>
internal sealed record CreatedApiToken(Guid Id, string Name, string Secret, DateTime CreatedAt, DateTime ExpiresAt);

internal sealed class CreateApiTokenValidator : AbstractValidator<CreateApiToken>
{
    public CreateApiTokenValidator()
    {
        RuleFor(r => r.Email).NotEmpty().MaximumLength(256);
        RuleFor(r => r.Name).MaximumLength(ApiToken.MaxNameLength);
        RuleFor(r => r.Days).InclusiveBetween(1, ApiToken.MaxDays).When(r => r.Days is not null);
    }
}

internal sealed class CreateApiTokenHandler(AccessDbContext db, UserLookup users, TimeProvider clock)
    : IRequestHandler<CreateApiToken, CreatedApiToken>
{
    public async Task<CreatedApiToken> Handle(CreateApiToken request, CancellationToken cancellationToken)
    {
        var user = await users.ByEmailAsync(request.Email, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var name = string.IsNullOrWhiteSpace(request.Name) ? $"token of {now:yyyy-MM-dd HH:mm}" : request.Name;
        var (token, secret) = ApiToken.Issue(Guid.CreateVersion7(), user.Id, name, request.Days ?? ApiToken.DefaultDays, now);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiToken(token.Id, token.Name, secret, token.CreatedAt, token.ExpiresAt);
    }
}
