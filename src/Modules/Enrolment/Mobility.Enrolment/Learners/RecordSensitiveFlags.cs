using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Contracts.Events;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.Learners;

internal sealed record RecordSensitiveFlags(Guid LearnerId, bool FewerOpportunities, bool SpecialNeeds) : IRequest<Unit>;

internal sealed class RecordSensitiveFlagsValidator : AbstractValidator<RecordSensitiveFlags>
{
    public RecordSensitiveFlagsValidator() => RuleFor(r => r.LearnerId).NotEmpty();
}

internal sealed class RecordSensitiveFlagsHandler(EnrolmentDbContext db, TimeProvider clock)
    : IRequestHandler<RecordSensitiveFlags, Unit>
{
    public async Task<Unit> Handle(RecordSensitiveFlags request, CancellationToken cancellationToken)
    {
        if (!await db.Learners.AnyAsync(l => l.Id == request.LearnerId, cancellationToken))
        {
            throw new NotFoundException(nameof(Learner), request.LearnerId);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var data = await db.LearnerSensitiveData.FindAsync([request.LearnerId], cancellationToken);
        if (data is null)
        {
            db.LearnerSensitiveData.Add(LearnerSensitiveData.Record(request.LearnerId, request.FewerOpportunities, request.SpecialNeeds, now));
        }
        else
        {
            data.Update(request.FewerOpportunities, request.SpecialNeeds, now);
        }

        db.Publish(new LearnerSensitiveFlagsRecorded(
            Guid.NewGuid(), now, request.LearnerId, request.FewerOpportunities, request.SpecialNeeds));

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class RecordSensitiveFlagsAuthorizer(EnrolmentDbContext db) : IAuthorizer<RecordSensitiveFlags>
{
    public Task AuthorizeAsync(RecordSensitiveFlags request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return db.RequireManagesLearnerAsync(viewer, request.LearnerId, "record their sensitive data", cancellationToken);
    }
}
