using Mobility.BuildingBlocks.Domain;

namespace Mobility.BuildingBlocks.Security;

/// <summary>How a use case refuses a viewer: an <see cref="AccessDeniedException"/>, a business-rule refusal with the stable code <see cref="Denied"/>.</summary>
public static class Access
{
    public const string Denied = "ACCESS_DENIED";

    public static void Require(bool allowed, string message)
    {
        if (!allowed)
        {
            throw new AccessDeniedException(message);
        }
    }

    /// <summary>The platform itself, or a user with one of <paramref name="roles"/>.</summary>
    public static bool IsAnyOf(this Viewer viewer, params PlatformRole[] roles)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(roles);
        return viewer.IsSystem || roles.Any(viewer.IsIn);
    }

    /// <summary>Refuses unless the viewer is the platform or has one of <paramref name="roles"/>.</summary>
    public static void RequireRole(this Viewer viewer, string action, params PlatformRole[] roles)
        => Require(viewer.IsAnyOf(roles), $"Only {string.Join(" or ", roles.Select(Describe))} may {action}.");

    /// <summary>Coordinators and school staff who see <paramref name="organisationId"/>; null (not found) is left to the handler.</summary>
    public static void RequireManagesOrganisation(this Viewer viewer, Guid? organisationId, string action)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.IsSystem)
        {
            return;
        }

        viewer.RequireRole(action, PlatformRole.ConsortiumCoordinator, PlatformRole.SchoolStaff);
        Require(organisationId is null || viewer.SeesOrganisation(organisationId), $"The organisation is not one of yours; you may not {action}.");
    }

    public static string Describe(PlatformRole role) => role switch
    {
        PlatformRole.ConsortiumCoordinator => "consortium coordinators",
        PlatformRole.SchoolStaff => "school staff",
        PlatformRole.HostTutor => "host tutors",
        PlatformRole.Funder => "funders",
        PlatformRole.Learner => "learners",
        _ => role.ToString(),
    };
}

/// <summary>
/// The viewer may not do this (role or scope missing); nothing was changed. A rule violation with the code
/// ACCESS_DENIED, so every caller that handles refusals handles it; mutations report it as its own error type,
/// AccessDeniedError.
/// </summary>
public sealed class AccessDeniedException : DomainRuleViolationException
{
    public AccessDeniedException(string message)
        : base(Access.Denied, message)
    {
    }

    public AccessDeniedException()
        : this("You may not do this.")
    {
    }

    public AccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// Decides whether the current <see cref="Viewer"/> may send a request; every state-changing use case has one,
/// next to its validator, and the mediator runs it before the handler (so no entry point can skip it).
/// Throws through <see cref="Access.Require"/> to refuse.
/// </summary>
/// <typeparam name="TRequest">The use case's request.</typeparam>
public interface IAuthorizer<in TRequest>
{
    Task AuthorizeAsync(TRequest request, Viewer viewer, CancellationToken cancellationToken);
}
