using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Security;
using Mobility.Impact.Data;

namespace Mobility.Impact.Outcomes;

/// <summary>Records what a learner did next: a job offer, a seasonal contract, further study, or leaving training.</summary>
internal sealed record RecordCareerOutcome(Guid LearnerId, CareerOutcomeKind Kind, string? Detail, DateOnly On) : IRequest<Guid>;

internal sealed class RecordCareerOutcomeValidator : AbstractValidator<RecordCareerOutcome>
{
    public RecordCareerOutcomeValidator()
    {
        RuleFor(r => r.LearnerId).NotEmpty();
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.Detail).MaximumLength(CareerOutcome.DetailLength);
        RuleFor(r => r.On).GreaterThan(new DateOnly(2000, 1, 1));
    }
}

internal sealed class RecordCareerOutcomeHandler(ImpactDbContext db, Viewer viewer, TimeProvider clock) : IRequestHandler<RecordCareerOutcome, Guid>
{
    public async Task<Guid> Handle(RecordCareerOutcome request, CancellationToken cancellationToken)
    {
        await OutcomeAccess.LearnerForRecordingAsync(db, viewer, request.LearnerId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var outcome = await db.CareerOutcomes.SingleOrDefaultAsync(c => c.LearnerId == request.LearnerId && c.Kind == request.Kind, cancellationToken);
        if (outcome is null)
        {
            outcome = CareerOutcome.Record(
                DeterministicGuid.Create($"impact/career/{request.LearnerId}/{request.Kind}"), request.LearnerId, request.Kind, request.Detail,
                request.On, now);
            db.CareerOutcomes.Add(outcome);
        }
        else
        {
            outcome.Update(request.Detail, request.On, now);
        }

        db.MarkForRefresh(request.LearnerId, now);
        await db.SaveChangesAsync(cancellationToken);
        return outcome.Id;
    }
}

/// <summary>The role check; which learners, placements and staff members the viewer reaches is the handler's (others are not found).</summary>
internal sealed class RecordCareerOutcomeAuthorizer : IAuthorizer<RecordCareerOutcome>
{
    public Task AuthorizeAsync(RecordCareerOutcome request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireRole("record career outcomes", PlatformRole.SchoolStaff, PlatformRole.ConsortiumCoordinator);
        return Task.CompletedTask;
    }
}
