using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.Calls;

/// <summary>A call's applications ranked by weighted score (best first), optionally only those in one status.</summary>
internal sealed record ListApplications(Guid CallId, ApplicationStatus? Status = null) : IRequest<IReadOnlyList<RankedApplication>>;

internal sealed record RankedApplication(Guid Id, Guid LearnerId, ApplicationStatus Status, DateTime SubmittedAt, decimal WeightedScore);

internal sealed class ListApplicationsValidator : AbstractValidator<ListApplications>
{
    public ListApplicationsValidator()
    {
        RuleFor(r => r.CallId).NotEmpty();
        RuleFor(r => r.Status).IsInEnum();
    }
}

internal sealed class ListApplicationsHandler(EnrolmentDbContext db, Viewer viewer) : IRequestHandler<ListApplications, IReadOnlyList<RankedApplication>>
{
    public async Task<IReadOnlyList<RankedApplication>> Handle(ListApplications request, CancellationToken cancellationToken)
    {
        var call = await db.LoadCallAsync(request.CallId, cancellationToken);
        var applications = db.VisibleApplications(viewer).AsNoTracking().Include(a => a.Scores).Where(a => a.MobilityCallId == call.Id);
        if (request.Status is { } status)
        {
            applications = applications.Where(a => a.Status == status);
        }

        return (await applications.ToListAsync(cancellationToken))
            .Select(a => new RankedApplication(a.Id, a.LearnerId, a.Status, a.SubmittedAt, a.WeightedScore(call.Criteria)))
            .OrderByDescending(a => a.WeightedScore).ThenBy(a => a.SubmittedAt).ThenBy(a => a.Id)
            .ToList();
    }
}
