using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Demo;
using Mobility.Impact.Data;
using Mobility.Impact.Indicators;

namespace Mobility.Impact.Snapshots;

/// <summary>
/// Refreshes the outcome facts (incrementally), computes the indicators and stores them under the run key,
/// replacing an earlier snapshot of the same key in the same transaction. Returns the snapshot's id, which is
/// derived from the run key: the same computation always has the same id.
/// </summary>
internal sealed record TakeSnapshot(string RunKey, SnapshotKind Kind, IndicatorFilter Filter, IReadOnlyList<Dimension> Breakdowns)
    : IRequest<Guid>;

internal sealed class TakeSnapshotValidator : AbstractValidator<TakeSnapshot>
{
    public TakeSnapshotValidator()
    {
        RuleFor(r => r.RunKey).NotEmpty().MaximumLength(Snapshot.RunKeyLength);
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.Filter).NotNull();
        RuleFor(r => r.Breakdowns).NotEmpty();
        RuleForEach(r => r.Breakdowns).IsInEnum();
    }
}

internal sealed class TakeSnapshotHandler(ImpactDbContext db, FactRefresher refresher, IndicatorCalculator calculator, TimeProvider clock)
    : IRequestHandler<TakeSnapshot, Guid>
{
    public async Task<Guid> Handle(TakeSnapshot request, CancellationToken cancellationToken)
    {
        await refresher.RefreshAsync(full: false, cancellationToken);
        var figures = await calculator.ComputeAsync(request.Filter, request.Breakdowns, cancellationToken);
        var placements = await request.Filter.Apply(db.OutcomeFacts).CountAsync(cancellationToken);
        var id = IdOf(request.RunKey);
        var parameters = new SnapshotParameters(request.Filter, [.. request.Breakdowns.Distinct().Order()]).ToJson();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SnapshotFigures.Where(f => f.SnapshotId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Snapshots.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);

        // The same run key taken twice in one scope (a consortium's two reports share their snapshot) finds the first
        // one still tracked; it was just deleted.
        if (db.Snapshots.Local.FirstOrDefault(s => s.Id == id) is { } stale)
        {
            db.Entry(stale).State = EntityState.Detached;
        }

        db.Snapshots.Add(Snapshot.Create(id, request.RunKey, request.Kind, parameters, clock.GetUtcNow().UtcDateTime, placements));
        await db.SaveChangesAsync(cancellationToken);
        var ordinal = 0;
        foreach (var chunk in figures.Chunk(500))
        {
            db.SnapshotFigures.AddRange(chunk.Select(f => new SnapshotFigure
            {
                SnapshotId = id,
                Ordinal = ordinal++,
                Indicator = f.Indicator.ToString(),
                Dimension = f.Dimension.ToString(),
                Group = f.Group,
                Skill = f.Skill,
                Numerator = f.Numerator,
                Denominator = f.Denominator,
                Value = f.Value,
            }));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    public static Guid IdOf(string runKey) => DeterministicGuid.Create($"impact/snapshot/{runKey}");
}
