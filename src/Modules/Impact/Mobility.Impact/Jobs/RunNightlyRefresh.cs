using FluentValidation;
using System.Globalization;
using MediatR;
using Mobility.Impact.Indicators;
using Mobility.Impact.Snapshots;

namespace Mobility.Impact.Jobs;

/// <summary>The nightly refresh: the facts brought up to date, and one platform-wide snapshot of the day by every dimension.</summary>
internal sealed record RunNightlyRefresh(DateOnly Day) : IRequest<Guid>;

internal sealed class RunNightlyRefreshValidator : AbstractValidator<RunNightlyRefresh>
{
    public RunNightlyRefreshValidator() => RuleFor(r => r.Day).GreaterThan(new DateOnly(2000, 1, 1));
}

internal sealed class RunNightlyRefreshHandler(IMediator mediator) : IRequestHandler<RunNightlyRefresh, Guid>
{
    public Task<Guid> Handle(RunNightlyRefresh request, CancellationToken cancellationToken)
        => mediator.Send(
            new TakeSnapshot(
                string.Create(CultureInfo.InvariantCulture, $"nightly:{request.Day:yyyy-MM-dd}"), SnapshotKind.Nightly, IndicatorFilter.None,
                [.. Enum.GetValues<Dimension>()]),
            cancellationToken);
}
