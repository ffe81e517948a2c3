using Microsoft.EntityFrameworkCore;
using Mobility.Recognition.Contracts.Directory;
using Mobility.Recognition.Data;

namespace Mobility.Recognition.Integration;

/// <summary>Read-only answers for other modules (Impact counts recognised units and passes), as contract records.</summary>
internal sealed class RecognitionDirectory(RecognitionDbContext db) : IRecognitionDirectory
{
    public Task<IReadOnlyList<UnitRecognitionSummary>> GetDecisionsForPlacementsAsync(IReadOnlyCollection<Guid> placementIds, CancellationToken cancellationToken)
        => DecisionsAsync(db.PlacementRecognitions.Where(r => placementIds.Contains(r.PlacementId)).Select(r => r.Id), cancellationToken);

    public Task<IReadOnlyList<UnitRecognitionSummary>> GetDecisionsForLearnersAsync(IReadOnlyCollection<Guid> learnerIds, CancellationToken cancellationToken)
        => DecisionsAsync(db.PlacementRecognitions.Where(r => learnerIds.Contains(r.LearnerId)).Select(r => r.Id), cancellationToken);

    private async Task<IReadOnlyList<UnitRecognitionSummary>> DecisionsAsync(IQueryable<Guid> recognitionIds, CancellationToken cancellationToken)
    {
        var rows = await (
                from d in db.Decisions.AsNoTracking()
                join u in db.Units.AsNoTracking() on d.UnitId equals u.Id
                join r in db.PlacementRecognitions.AsNoTracking() on u.PlacementRecognitionId equals r.Id
                where recognitionIds.Contains(r.Id)
                select new { Decision = d, u.QualificationUnitId, u.QualificationUnitCode, u.SchemeCode, r.PlacementId, r.LearnerId, r.SendingOrganisationId, r.QualificationId })
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(x => x.Decision.UnitId).Select(g => g.MaxBy(x => x.Decision.Sequence)!)
            .OrderBy(x => x.PlacementId).ThenBy(x => x.QualificationUnitCode, StringComparer.Ordinal)
            .Select(x => new UnitRecognitionSummary(
                x.Decision.UnitId, x.PlacementId, x.LearnerId, x.SendingOrganisationId, x.QualificationId, x.QualificationUnitId, x.QualificationUnitCode,
                x.SchemeCode, x.Decision.Outcome, x.Decision.Passed, x.Decision.FinalMark, x.Decision.Attestation, x.Decision.DecidedAt))];
    }
}
