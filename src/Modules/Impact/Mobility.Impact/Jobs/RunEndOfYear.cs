using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.Impact.Data;
using Mobility.Impact.Indicators;
using Mobility.Impact.Reports;
using Mobility.Impact.Snapshots;

namespace Mobility.Impact.Jobs;

/// <summary>
/// End-of-year statistics: for each consortium, the academic year that ends on <see cref="Date"/> computed by every
/// dimension and stored under "end-of-year:{consortium}:{year}", then its consortium and funder reports. Running it
/// again replaces each snapshot and report, never duplicates them. Without <see cref="Reports"/>, the statistics only
/// (the benchmark in bench/Mobility.Impact.Bench times them so).
/// </summary>
internal sealed record RunEndOfYear(DateOnly Date, bool Reports = true) : IRequest<IReadOnlyList<Guid>>;

internal sealed class RunEndOfYearValidator : AbstractValidator<RunEndOfYear>
{
    public RunEndOfYearValidator() => RuleFor(r => r.Date).GreaterThan(new DateOnly(2000, 1, 1));
}

internal sealed class RunEndOfYearHandler(ImpactDbContext db, IMediator mediator) : IRequestHandler<RunEndOfYear, IReadOnlyList<Guid>>
{
    public async Task<IReadOnlyList<Guid>> Handle(RunEndOfYear request, CancellationToken cancellationToken)
    {
        var year = AcademicYears.Of(request.Date);
        var consortia = await db.LearnerProfiles.Where(p => p.ConsortiumId != null).Select(p => p.ConsortiumId!.Value)
            .Distinct().ToListAsync(cancellationToken);
        var snapshots = new List<Guid>();
        foreach (var consortium in consortia.Order())
        {
            snapshots.Add(await mediator.Send(
                new TakeSnapshot(
                    $"end-of-year:{consortium}:{year}", SnapshotKind.EndOfYear, new IndicatorFilter(AcademicYear: year, ConsortiumId: consortium),
                    [.. Enum.GetValues<Dimension>()]),
                cancellationToken));
            foreach (var kind in request.Reports ? Enum.GetValues<ReportKind>() : [])
            {
                await mediator.Send(new GenerateReport(kind, consortium, year), cancellationToken);
            }
        }

        return snapshots;
    }
}
