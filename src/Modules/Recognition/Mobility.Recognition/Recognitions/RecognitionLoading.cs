using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Placements.Contracts;
using Mobility.Placements.Contracts.Directory;
using Mobility.Recognition.Data;

namespace Mobility.Recognition.Recognitions;

internal static class RecognitionLoading
{
    public static IQueryable<PlacementRecognition> WithChildren(this IQueryable<PlacementRecognition> recognitions)
        => recognitions.Include(r => r.Units).Include(r => r.Decisions).AsSplitQuery();

    public static async Task<PlacementRecognition?> FindRecognitionAsync(this RecognitionDbContext db, Guid placementId, CancellationToken cancellationToken)
        => await db.PlacementRecognitions.WithChildren().SingleOrDefaultAsync(r => r.PlacementId == placementId, cancellationToken);

    public static async Task<PlacementRecognition> LoadRecognitionAsync(this RecognitionDbContext db, Guid placementId, CancellationToken cancellationToken)
        => await db.FindRecognitionAsync(placementId, cancellationToken)
            ?? throw new NotFoundException("Recognition of placement", placementId);

    public static async Task<PlacementRecognition> LoadRecognitionOfUnitAsync(this RecognitionDbContext db, Guid unitId, CancellationToken cancellationToken)
    {
        var placementRecognitionId = await db.Units.Where(u => u.Id == unitId).Select(u => (Guid?)u.PlacementRecognitionId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Unit of learning outcomes", unitId);
        return await db.PlacementRecognitions.WithChildren().SingleAsync(r => r.Id == placementRecognitionId, cancellationToken);
    }

    /// <summary>The recognition a unit belongs to, without its children (who may act on the unit), or null.</summary>
    public static async Task<PlacementRecognition?> FindRecognitionOfUnitAsync(this RecognitionDbContext db, Guid unitId, CancellationToken cancellationToken)
        => await db.PlacementRecognitions.AsNoTracking()
            .SingleOrDefaultAsync(r => db.Units.Any(u => u.Id == unitId && u.PlacementRecognitionId == r.Id), cancellationToken);

    /// <summary>The placement as Placements sees it now; recognition applies to outgoing learners' placements only.</summary>
    public static async Task<PlacementSummary> LearnerPlacementAsync(this IPlacementsDirectory placements, Guid placementId, CancellationToken cancellationToken)
    {
        var placement = (await placements.GetPlacementsAsync([placementId], cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException("Placement", placementId);
        Rule.Require(placement.LearnerId is not null && placement.SendingOrganisationId is not null && placement.Direction == PlacementDirection.Outgoing,
            "RECOGNITION_FOR_OUTGOING_LEARNERS", "Learning outcomes are recognised for outgoing learners' placements only.");
        return placement;
    }

    /// <summary>What a recognition copies when it is opened: the placement, its host tutor, the learner's qualification.</summary>
    public static async Task<(PlacementSnapshot Snapshot, QualificationSummary Qualification)> SnapshotAsync(
        PlacementSummary placement, IPlacementsDirectory placements, IEnrolmentDirectory enrolment, CancellationToken cancellationToken)
    {
        var learner = (await enrolment.GetLearnersAsync([placement.LearnerId!.Value], cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException("Learner", placement.LearnerId!.Value);
        var qualification = (await enrolment.GetQualificationsAsync([learner.QualificationId], cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException("Qualification", learner.QualificationId);
        var tutor = (await placements.GetHostTutorsAsync([placement.Id], cancellationToken)).SingleOrDefault();
        return (new PlacementSnapshot(
            placement.Id, learner.Id, placement.SendingOrganisationId!.Value, placement.HostOrganisationId, placement.StartsOn, placement.EndsOn,
            tutor?.Name, tutor?.Email, qualification.Id, qualification.NationalName, qualification.EqfLevel), qualification);
    }
}
