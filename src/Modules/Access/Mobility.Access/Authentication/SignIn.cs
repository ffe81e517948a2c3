using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Mobility.Access.Users;
using Mobility.BuildingBlocks.Security;

namespace Mobility.Access.Authentication;

/// <summary>Checks an e-mail and password; five wrong passwords in a row lock the account for a while.</summary>
internal sealed record SignIn(string Email, string Password) : IRequest<SignInOutcome>;

internal enum SignInFailure
{
    WrongCredentials,
    LockedOut,
}

/// <summary>Either the viewer the user signs in as, or why not (and until when a locked account stays locked).</summary>
internal sealed record SignInOutcome(Viewer? Viewer, SignInFailure? Failure, DateTime? LockedUntil = null)
{
    public bool Succeeded => Viewer is not null;
}

internal sealed class SignInValidator : AbstractValidator<SignIn>
{
    public SignInValidator()
    {
        RuleFor(r => r.Email).NotEmpty().MaximumLength(256);
        RuleFor(r => r.Password).NotEmpty().MaximumLength(1000);
    }
}

internal sealed class SignInHandler(UserManager<AccessUser> users, ViewerFactory viewers) : IRequestHandler<SignIn, SignInOutcome>
{
    /// <summary>Hashed once, so an unknown e-mail costs the same time as a wrong password and reveals nothing.</summary>
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<AccessUser>().HashPassword(new AccessUser(), Guid.NewGuid().ToString()));

    public async Task<SignInOutcome> Handle(SignIn request, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new AccessUser(), DummyHash.Value, request.Password);
            return new SignInOutcome(null, SignInFailure.WrongCredentials);
        }

        if (await users.IsLockedOutAsync(user))
        {
            return LockedOut(user);
        }

        if (!await users.CheckPasswordAsync(user, request.Password))
        {
            await users.AccessFailedAsync(user);
            return await users.IsLockedOutAsync(user) ? LockedOut(user) : new SignInOutcome(null, SignInFailure.WrongCredentials);
        }

        await users.ResetAccessFailedCountAsync(user);
        var viewer = await viewers.ForUserAsync(user.Id, cancellationToken);
        return new SignInOutcome(viewer, viewer is null ? SignInFailure.WrongCredentials : null);
    }

    private static SignInOutcome LockedOut(AccessUser user) => new(null, SignInFailure.LockedOut, user.LockoutEnd?.UtcDateTime);
}
