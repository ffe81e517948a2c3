using Mobility.BuildingBlocks.Domain;

namespace Mobility.BuildingBlocks.Security;

/// <summary>How a use case refuses a viewer: a business-rule refusal with the stable code <see cref="Denied"/>.</summary>
public static class Access
{
    public const string Denied = "ACCESS_DENIED";

    public static void Require(bool allowed, string message)
    {
        if (!allowed)
        {
            throw new DomainRuleViolationException(Denied, message);
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
/// Decides whether the current <see cref="Viewer"/> may send a request; every state-changing use case has one,
/// next to its validator, and the mediator runs it before the handler (so no entry point can skip it).
/// Throws through <see cref="Access.Require"/> to refuse.
/// </summary>
/// <typeparam name="TRequest">The use case's request.</typeparam>
public interface IAuthorizer<in TRequest>
{
    Task AuthorizeAsync(TRequest request, Viewer viewer, CancellationToken cancellationToken);
}
