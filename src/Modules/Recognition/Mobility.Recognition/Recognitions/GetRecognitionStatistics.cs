using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Security;
using Mobility.Recognition.Contracts;
using Mobility.Recognition.Data;

namespace Mobility.Recognition.Recognitions;

/// <summary>Counts only, never a name: what funders may read, and what coordinators read for their consortium.</summary>
internal sealed record RecognitionStatistics(
    int Placements, int AgreedUnits, int AssessedUnits, int DecidedUnits, int RecognisedUnits, int PassedUnits, int Attestations,
    IReadOnlyList<OutcomeCount> ByOutcome, IReadOnlyList<SchemeCount> ByScheme);

internal sealed record OutcomeCount(RecognitionOutcome Outcome, int Units);

internal sealed record SchemeCount(string SchemeCode, int AgreedUnits, int RecognisedUnits);

/// <summary>The recognition figures over what the viewer may see; a funder sees the figures of every recognition.</summary>
internal sealed record GetRecognitionStatistics : IRequest<RecognitionStatistics>;

internal sealed class GetRecognitionStatisticsHandler(RecognitionDbContext db, Viewer viewer) : IRequestHandler<GetRecognitionStatistics, RecognitionStatistics>
{
    public async Task<RecognitionStatistics> Handle(GetRecognitionStatistics request, CancellationToken cancellationToken)
    {
        var recognitions = viewer.IsIn(PlatformRole.Funder) && !viewer.SeesOrganisations
            ? db.PlacementRecognitions.AsNoTracking()
            : db.PlacementRecognitions.AsNoTracking().VisibleTo(viewer);
        var ids = recognitions.Select(r => r.Id);
        var units = await db.Units.AsNoTracking().Where(u => ids.Contains(u.PlacementRecognitionId) && u.AgreedInVersion != null)
            .Select(u => new { u.Id, u.SchemeCode, Assessed = u.HostLevel != null }).ToListAsync(cancellationToken);
        var decisions = (await db.Decisions.AsNoTracking().Where(d => ids.Contains(d.PlacementRecognitionId))
                .Select(d => new { d.UnitId, d.Sequence, d.Outcome, d.Passed, d.Attestation }).ToListAsync(cancellationToken))
            .GroupBy(d => d.UnitId).Select(g => g.MaxBy(d => d.Sequence)!).ToList();
        var recognised = decisions.Where(d => d.Outcome != RecognitionOutcome.NotRecognised).Select(d => d.UnitId).ToHashSet();
        return new RecognitionStatistics(
            await recognitions.CountAsync(cancellationToken),
            units.Count,
            units.Count(u => u.Assessed),
            decisions.Count,
            recognised.Count,
            decisions.Count(d => d.Passed),
            decisions.Count(d => d.Attestation is not null && d.Outcome != RecognitionOutcome.NotRecognised),
            [.. Enum.GetValues<RecognitionOutcome>().Select(o => new OutcomeCount(o, decisions.Count(d => d.Outcome == o)))],
            [.. units.GroupBy(u => u.SchemeCode).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new SchemeCount(g.Key, g.Count(), g.Count(u => recognised.Contains(u.Id))))]);
    }
}
