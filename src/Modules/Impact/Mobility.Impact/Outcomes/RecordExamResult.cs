using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Security;
using Mobility.Impact.Data;

namespace Mobility.Impact.Outcomes;

/// <summary>Records (or corrects) a learner's result at one exam session of their qualification.</summary>
internal sealed record RecordExamResult(Guid LearnerId, string Session, ExamOutcome Outcome) : IRequest<Guid>;

internal sealed class RecordExamResultValidator : AbstractValidator<RecordExamResult>
{
    public RecordExamResultValidator()
    {
        RuleFor(r => r.LearnerId).NotEmpty();
        RuleFor(r => r.Session).Must(ExamResult.IsSession).WithMessage("Write the session as yyyy-MM, e.g. 2020-06.");
        RuleFor(r => r.Outcome).IsInEnum();
    }
}

internal sealed class RecordExamResultHandler(ImpactDbContext db, Viewer viewer, TimeProvider clock) : IRequestHandler<RecordExamResult, Guid>
{
    public async Task<Guid> Handle(RecordExamResult request, CancellationToken cancellationToken)
    {
        var learner = await OutcomeAccess.LearnerForRecordingAsync(db, viewer, request.LearnerId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var result = await db.ExamResults.SingleOrDefaultAsync(e => e.LearnerId == request.LearnerId && e.Session == request.Session, cancellationToken);
        if (result is null)
        {
            result = ExamResult.Record(
                DeterministicGuid.Create($"impact/exam/{request.LearnerId}/{request.Session}"), request.LearnerId, learner.QualificationId,
                request.Session, request.Outcome, now);
            db.ExamResults.Add(result);
        }
        else
        {
            result.Change(request.Outcome, now);
        }

        db.MarkForRefresh(request.LearnerId, now);
        await db.SaveChangesAsync(cancellationToken);
        return result.Id;
    }
}

/// <summary>The role check; which learners, placements and staff members the viewer reaches is the handler's (others are not found).</summary>
internal sealed class RecordExamResultAuthorizer : IAuthorizer<RecordExamResult>
{
    public Task AuthorizeAsync(RecordExamResult request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireRole("record exam results", PlatformRole.SchoolStaff, PlatformRole.ConsortiumCoordinator);
        return Task.CompletedTask;
    }
}
