using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Security;
using Mobility.Impact.Data;

namespace Mobility.Impact.Jobs;

/// <summary>The history of the module's job runs, newest first, of one job or all.</summary>
internal sealed record ListJobRuns(string? Job, int First = 50) : IRequest<IReadOnlyList<JobRun>>;

internal sealed class ListJobRunsValidator : AbstractValidator<ListJobRuns>
{
    public ListJobRunsValidator() => RuleFor(r => r.First).InclusiveBetween(1, 500);
}

internal sealed class ListJobRunsAuthorizer : IAuthorizer<ListJobRuns>
{
    public Task AuthorizeAsync(ListJobRuns request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireRole("see the impact jobs", PlatformRole.ConsortiumCoordinator);
        return Task.CompletedTask;
    }
}

internal sealed class ListJobRunsHandler(ImpactDbContext db) : IRequestHandler<ListJobRuns, IReadOnlyList<JobRun>>
{
    public async Task<IReadOnlyList<JobRun>> Handle(ListJobRuns request, CancellationToken cancellationToken)
    {
        var runs = db.JobRuns.AsNoTracking();
        if (request.Job is { } job)
        {
            runs = runs.Where(r => r.Job == job);
        }

        return await runs.OrderByDescending(r => r.StartedAt).ThenBy(r => r.Id).Take(request.First).ToListAsync(cancellationToken);
    }
}
