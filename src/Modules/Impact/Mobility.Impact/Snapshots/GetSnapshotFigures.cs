using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.Impact.Data;
using Mobility.Impact.Indicators;

namespace Mobility.Impact.Snapshots;

/// <summary>A stored snapshot with its figures, as computed (unsuppressed: callers suppress for funders).</summary>
internal sealed record GetSnapshotFigures(Guid SnapshotId) : IRequest<StoredSnapshot>;

internal sealed record StoredSnapshot(Snapshot Snapshot, SnapshotParameters Parameters, IReadOnlyList<IndicatorFigure> Figures);

internal sealed class GetSnapshotFiguresValidator : AbstractValidator<GetSnapshotFigures>
{
    public GetSnapshotFiguresValidator() => RuleFor(r => r.SnapshotId).NotEmpty();
}

internal sealed class GetSnapshotFiguresHandler(ImpactDbContext db) : IRequestHandler<GetSnapshotFigures, StoredSnapshot>
{
    public async Task<StoredSnapshot> Handle(GetSnapshotFigures request, CancellationToken cancellationToken)
    {
        var snapshot = await db.Snapshots.AsNoTracking().SingleOrDefaultAsync(s => s.Id == request.SnapshotId, cancellationToken)
            ?? throw new NotFoundException("Snapshot", request.SnapshotId);
        var figures = await db.SnapshotFigures.AsNoTracking().Where(f => f.SnapshotId == request.SnapshotId)
            .OrderBy(f => f.Ordinal).ToListAsync(cancellationToken);
        return new StoredSnapshot(
            snapshot, SnapshotParameters.FromJson(snapshot.Parameters),
            [.. figures.Select(f => new IndicatorFigure(
                Enum.Parse<Indicator>(f.Indicator), Enum.Parse<Dimension>(f.Dimension), f.Group, f.Skill, f.Numerator, f.Denominator, f.Value))]);
    }
}
