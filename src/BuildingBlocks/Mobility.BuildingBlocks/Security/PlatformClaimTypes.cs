using System.Security.Claims;

namespace Mobility.BuildingBlocks.Security;

/// <summary>The claims a signed-in user carries; the Access module issues them, <see cref="Viewer.From"/> reads them.</summary>
public static class PlatformClaimTypes
{
    public const string UserId = ClaimTypes.NameIdentifier;

    public const string Email = ClaimTypes.Email;

    public const string Role = ClaimTypes.Role;

    /// <summary>A consortium the user coordinates, or funds (a funder reads its aggregates).</summary>
    public const string Consortium = "mobility:consortium";

    /// <summary>
    /// An organisation whose people and placements the user may see: a school's own organisation for school staff,
    /// every member organisation of their consortia for a coordinator.
    /// </summary>
    public const string Organisation = "mobility:organisation";

    /// <summary>The Enrolment learner the user is.</summary>
    public const string Learner = "mobility:learner";

    /// <summary>The Enrolment staff member the user is.</summary>
    public const string StaffMember = "mobility:staff-member";
}
