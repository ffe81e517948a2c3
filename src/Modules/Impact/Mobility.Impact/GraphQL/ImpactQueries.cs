using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.GraphQL;
using Mobility.Impact.Indicators;
using Mobility.Impact.Jobs;
using Mobility.Impact.Reports;

namespace Mobility.Impact.GraphQL;

/// <summary>Impact's Query fields; each sends a use case, which scopes what the viewer sees.</summary>
[Authorize]
internal sealed class ImpactQueries
{
    /// <summary>
    /// Every indicator over the outcome facts as of their last refresh (nightly, or any snapshot or report), with the
    /// same filters as the reports, for the whole population or broken down by one dimension. Coordinators see their
    /// consortia and school staff their organisation, every figure; funders see every consortium with small counts
    /// suppressed, so no figure can single out a person.
    /// </summary>
    [Authorize(nameof(PlatformRole.ConsortiumCoordinator), nameof(PlatformRole.SchoolStaff), nameof(PlatformRole.Funder))]
    public static async Task<IReadOnlyList<IndicatorFigureType>> GetIndicatorsAsync(
        [GraphQLDescription("Only the placements that match every given field.")] IndicatorFilterInput? filter,
        [GraphQLDescription("One figure per group of this dimension; the whole population when left out.")] Dimension? breakdown,
        IMediator mediator, CancellationToken cancellationToken)
        => [.. (await mediator.Send(new GetIndicators(filter?.ToFilter() ?? IndicatorFilter.None, breakdown), cancellationToken))
            .Select(IndicatorFigureType.From)];

    /// <summary>
    /// The impact reports you may see, newest first: a coordinator both versions of their consortia's reports, a
    /// funder the funder version of every consortium's.
    /// </summary>
    [Authorize(nameof(PlatformRole.ConsortiumCoordinator), nameof(PlatformRole.Funder))]
    public static async Task<IReadOnlyList<ImpactReportType>> GetReportsAsync(IMediator mediator, CancellationToken cancellationToken)
        => [.. (await mediator.Send(new ListReports(), cancellationToken)).Select(ImpactReportType.From)];

    /// <summary>The Impact module's jobs: schedule, state, next runs and latest runs.</summary>
    [Authorize(nameof(PlatformRole.ConsortiumCoordinator))]
    public static async Task<IReadOnlyList<ImpactJobType>> GetImpactJobsAsync(IMediator mediator, CancellationToken cancellationToken)
        => [.. (await mediator.Send(new ListImpactJobs(), cancellationToken)).Select(ImpactJobType.From)];

    /// <summary>The history of the Impact jobs' runs, newest first.</summary>
    [Authorize(nameof(PlatformRole.ConsortiumCoordinator))]
    public static async Task<IReadOnlyList<JobRunType>> GetImpactJobRunsAsync(
        [GraphQLDescription("Only this job's runs, e.g. nightly-refresh.")] string? job,
        [GraphQLDescription("How many (1 to 500; 50 when left out).")] int? first,
        IMediator mediator, CancellationToken cancellationToken)
        => [.. (await mediator.Send(new ListJobRuns(job, first ?? 50), cancellationToken)).Select(JobRunType.From)];
}
