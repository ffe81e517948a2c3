using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Impact.Data;
using Mobility.Impact.ReadModels;

namespace Mobility.Impact.Outcomes;

/// <summary>
/// Who may record a learner's outcomes: the platform, and coordinators and school staff who see the learner's
/// school. Anyone else is told the learner does not exist, so nothing leaks about who is enrolled where.
/// </summary>
internal static class OutcomeAccess
{
    public static async Task<LearnerProfile> LearnerForRecordingAsync(
        ImpactDbContext db, Viewer viewer, Guid learnerId, CancellationToken cancellationToken)
    {
        var profile = await db.LearnerProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.LearnerId == learnerId, cancellationToken);
        if (profile is null || !viewer.SeesOrganisation(profile.SchoolId))
        {
            throw new NotFoundException("Learner", learnerId);
        }

        return profile;
    }

    public static async Task<Participation> PlacementForRecordingAsync(
        ImpactDbContext db, Viewer viewer, Guid placementId, CancellationToken cancellationToken)
    {
        var participation = await db.Participations.AsNoTracking().SingleOrDefaultAsync(p => p.PlacementId == placementId, cancellationToken);
        var school = participation is null ? null
            : await db.LearnerProfiles.AsNoTracking().Where(p => p.LearnerId == participation.LearnerId)
                .Select(p => (Guid?)p.SchoolId).SingleOrDefaultAsync(cancellationToken);
        if (participation is null || !(viewer.SeesOrganisation(participation.SendingOrganisationId) || viewer.SeesOrganisation(school)))
        {
            throw new NotFoundException("Completed placement", placementId);
        }

        return participation;
    }
}
