using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Placements.Data;

namespace Mobility.Placements.Scoping;

/// <summary>
/// Who may change what in Placements, for the use cases' authorizers. A placement is managed by the coordinators
/// and school staff whose organisations send or host it; its host tutor (matched by e-mail) signs as host and
/// records follow-ups; its participant signs as participant. The platform itself may do everything. A placement,
/// group or company that does not exist is left to the handler, which reports it missing; a placement the viewer may
/// not see is reported missing here (NOT_FOUND, as its lookup answers null), since a refusal would reveal it exists.
/// </summary>
internal static class PlacementsAccess
{
    public static readonly PlatformRole[] Managers = [PlatformRole.ConsortiumCoordinator, PlatformRole.SchoolStaff];

    /// <summary>Coordinators and school staff of an organisation that sends or hosts the placement.</summary>
    public static async Task RequireManagesPlacementAsync(
        this PlacementsDbContext db, Viewer viewer, Guid placementId, string action, CancellationToken cancellationToken)
    {
        if (viewer.IsSystem)
        {
            return;
        }

        viewer.RequireRole(action, Managers);
        var placement = await VisiblePartiesAsync(db, viewer, placementId, cancellationToken);
        Access.Require(placement is null || Manages(viewer, placement), NotYours(action));
    }

    /// <summary>The placement's managers, or its host tutor.</summary>
    public static async Task RequireManagesOrTutorsPlacementAsync(
        this PlacementsDbContext db, Viewer viewer, Guid placementId, string action, CancellationToken cancellationToken)
    {
        if (viewer.IsSystem)
        {
            return;
        }

        viewer.RequireRole(action, [.. Managers, PlatformRole.HostTutor]);
        var placement = await VisiblePartiesAsync(db, viewer, placementId, cancellationToken);
        Access.Require(placement is null || Manages(viewer, placement) || Tutors(viewer, placement), NotYours(action));
    }

    /// <summary>One of <paramref name="allowed"/> of the placement: its managers, its host tutor or its participant.</summary>
    public static async Task RequirePartyAsync(
        this PlacementsDbContext db, Viewer viewer, Guid placementId, PlacementParty allowed, string action, CancellationToken cancellationToken)
    {
        if (viewer.IsSystem)
        {
            return;
        }

        var placement = await VisiblePartiesAsync(db, viewer, placementId, cancellationToken);
        if (placement is null)
        {
            return;
        }

        var allowedHere = allowed switch
        {
            PlacementParty.Managers => Manages(viewer, placement),
            PlacementParty.HostTutor => Tutors(viewer, placement),
            _ => IsParticipant(viewer, placement),
        };
        Access.Require(allowedHere, allowed switch
        {
            PlacementParty.Managers => $"Only the coordinators and staff of the sending or hosting school may {action}.",
            PlacementParty.HostTutor => $"Only the placement's host tutor may {action}.",
            _ => $"Only the placement's participant may {action}.",
        });
    }

    /// <summary>Coordinators and school staff of the learner's school (read from Enrolment).</summary>
    public static async Task RequireManagesLearnerAsync(
        this IEnrolmentDirectory enrolment, Viewer viewer, Guid learnerId, string action, CancellationToken cancellationToken)
    {
        if (viewer.IsSystem)
        {
            return;
        }

        viewer.RequireRole(action, Managers);
        var learner = (await enrolment.GetLearnersAsync([learnerId], cancellationToken)).SingleOrDefault();
        Access.Require(learner is null || viewer.SeesOrganisation(learner.SchoolId), $"The learner is not at one of your schools; you may not {action}.");
    }

    /// <summary>Coordinators and school staff of the staff member's organisation (read from Enrolment).</summary>
    public static async Task RequireManagesStaffMemberAsync(
        this IEnrolmentDirectory enrolment, Viewer viewer, Guid staffMemberId, string action, CancellationToken cancellationToken)
    {
        if (viewer.IsSystem)
        {
            return;
        }

        viewer.RequireRole(action, Managers);
        var staff = (await enrolment.GetStaffMembersAsync([staffMemberId], cancellationToken)).SingleOrDefault();
        Access.Require(staff is null || viewer.SeesOrganisation(staff.OrganisationId), $"The staff member is not at one of your organisations; you may not {action}.");
    }

    /// <summary>The placement's parties, null when it does not exist; NOT_FOUND when the viewer may not see it.</summary>
    private static async Task<Parties?> VisiblePartiesAsync(PlacementsDbContext db, Viewer viewer, Guid placementId, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.AsNoTracking().Where(p => p.Id == placementId)
            .Select(p => new Parties(p.SendingOrganisationId, p.HostSchoolId, p.HostTutorEmail, p.LearnerId, p.StaffMemberId))
            .SingleOrDefaultAsync(cancellationToken);
        return placement is null || Manages(viewer, placement) || Tutors(viewer, placement) || IsParticipant(viewer, placement)
            ? placement
            : throw new NotFoundException("Placement", placementId);
    }

    private static bool Manages(Viewer viewer, Parties placement) =>
        viewer.SeesOrganisation(placement.SendingOrganisationId) || viewer.SeesOrganisation(placement.HostSchoolId);

    private static bool Tutors(Viewer viewer, Parties placement) =>
        viewer.IsIn(PlatformRole.HostTutor) && placement.HostTutorEmail is { } email && viewer.Email is { } mine
        && string.Equals(email, mine, StringComparison.OrdinalIgnoreCase);

    private static bool IsParticipant(Viewer viewer, Parties placement) =>
        (placement.LearnerId is { } learner && viewer.IsIn(PlatformRole.Learner) && viewer.LearnerId == learner)
        || (placement.StaffMemberId is { } staff && viewer.StaffMemberId == staff);

    private static string NotYours(string action) => $"The placement is not one your organisations send or host; you may not {action}.";

    private sealed record Parties(Guid? SendingOrganisationId, Guid? HostSchoolId, string? HostTutorEmail, Guid? LearnerId, Guid? StaffMemberId);
}

/// <summary>Who of a placement may do something.</summary>
internal enum PlacementParty
{
    Managers,
    HostTutor,
    Participant,
}
