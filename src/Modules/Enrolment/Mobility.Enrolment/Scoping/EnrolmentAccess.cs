using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;

namespace Mobility.Enrolment.Scoping;

/// <summary>
/// Who may change what in Enrolment, for the use cases' authorizers: a coordinator their consortia (calls, selection,
/// members, peer tutoring) and the people of its member organisations; school staff their own organisation's people;
/// a learner their own applications; the platform everything. Something that does not exist is left to the handler,
/// which reports it missing.
/// </summary>
internal static class EnrolmentAccess
{
    public static readonly PlatformRole[] Managers = [PlatformRole.ConsortiumCoordinator, PlatformRole.SchoolStaff];

    /// <summary>A coordinator of <paramref name="consortiumId"/> (null: not found).</summary>
    public static void RequireCoordinates(this Viewer viewer, Guid? consortiumId, string action)
    {
        if (viewer.IsSystem)
        {
            return;
        }

        viewer.RequireRole(action, PlatformRole.ConsortiumCoordinator);
        Access.Require(consortiumId is not { } id || viewer.ConsortiumIds.Contains(id), $"You do not coordinate this consortium; you may not {action}.");
    }

    /// <summary>Coordinators and school staff of the learner's school.</summary>
    public static async Task RequireManagesLearnerAsync(
        this EnrolmentDbContext db, Viewer viewer, Guid learnerId, string action, CancellationToken cancellationToken)
    {
        if (viewer.IsSystem)
        {
            return;
        }

        viewer.RequireRole(action, Managers);
        var school = await db.Learners.Where(l => l.Id == learnerId).Select(l => (Guid?)l.SchoolId).SingleOrDefaultAsync(cancellationToken);
        Access.Require(school is null || viewer.SeesOrganisation(school), $"The learner is not at one of your schools; you may not {action}.");
    }

    /// <summary>The learner themself, or the coordinators and school staff of their school.</summary>
    public static async Task RequireIsOrManagesLearnerAsync(
        this EnrolmentDbContext db, Viewer viewer, Guid learnerId, string action, CancellationToken cancellationToken)
    {
        if (viewer.IsIn(PlatformRole.Learner) && viewer.LearnerId == learnerId)
        {
            return;
        }

        Access.Require(viewer.IsAnyOf([.. Managers, PlatformRole.Learner]), $"Only learners, school staff or consortium coordinators may {action}.");
        Access.Require(viewer.IsSystem || viewer.SeesOrganisations, $"A learner may only {action} for themself.");
        await db.RequireManagesLearnerAsync(viewer, learnerId, action, cancellationToken);
    }

    /// <summary>A coordinator of the consortium that opened the call.</summary>
    public static async Task RequireCoordinatesCallAsync(
        this EnrolmentDbContext db, Viewer viewer, Guid callId, string action, CancellationToken cancellationToken)
    {
        if (viewer.IsSystem)
        {
            return;
        }

        viewer.RequireRole(action, PlatformRole.ConsortiumCoordinator);
        var consortium = await db.MobilityCalls.Where(c => c.Id == callId).Select(c => (Guid?)c.ConsortiumId).SingleOrDefaultAsync(cancellationToken);
        viewer.RequireCoordinates(consortium, action);
    }

    /// <summary>A coordinator of the consortium whose call the application answers: the selection committee.</summary>
    public static async Task RequireDecidesApplicationAsync(
        this EnrolmentDbContext db, Viewer viewer, Guid applicationId, string action, CancellationToken cancellationToken)
    {
        if (viewer.IsSystem)
        {
            return;
        }

        viewer.RequireRole(action, PlatformRole.ConsortiumCoordinator);
        var consortium = await db.Applications.Where(a => a.Id == applicationId)
            .Join(db.MobilityCalls, a => a.MobilityCallId, c => c.Id, (_, c) => (Guid?)c.ConsortiumId)
            .SingleOrDefaultAsync(cancellationToken);
        viewer.RequireCoordinates(consortium, action);
    }

    /// <summary>The applicant, or the coordinators and school staff of their school.</summary>
    public static async Task RequireIsOrManagesApplicantAsync(
        this EnrolmentDbContext db, Viewer viewer, Guid applicationId, string action, CancellationToken cancellationToken)
    {
        if (viewer.IsSystem)
        {
            return;
        }

        var learner = await db.Applications.Where(a => a.Id == applicationId).Select(a => (Guid?)a.LearnerId).SingleOrDefaultAsync(cancellationToken);
        if (learner is { } id)
        {
            await db.RequireIsOrManagesLearnerAsync(viewer, id, action, cancellationToken);
        }
        else
        {
            Access.Require(viewer.IsAnyOf([.. Managers, PlatformRole.Learner]), $"Only learners, school staff or consortium coordinators may {action}.");
        }
    }
}
