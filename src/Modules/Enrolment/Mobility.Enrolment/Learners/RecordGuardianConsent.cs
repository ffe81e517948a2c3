using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.Learners;

/// <summary>A parent or legal guardian consented to a minor's mobility; recorded with who and when.</summary>
internal sealed record RecordGuardianConsent(Guid LearnerId, string GivenBy) : IRequest<Unit>;

internal sealed class RecordGuardianConsentValidator : AbstractValidator<RecordGuardianConsent>
{
    public RecordGuardianConsentValidator()
    {
        RuleFor(r => r.LearnerId).NotEmpty();
        RuleFor(r => r.GivenBy).NotEmpty().MaximumLength(200);
    }
}

internal sealed class RecordGuardianConsentHandler(EnrolmentDbContext db, TimeProvider clock)
    : IRequestHandler<RecordGuardianConsent, Unit>
{
    public async Task<Unit> Handle(RecordGuardianConsent request, CancellationToken cancellationToken)
    {
        var learner = await db.Learners.FindAsync([request.LearnerId], cancellationToken)
            ?? throw new NotFoundException(nameof(Learner), request.LearnerId);
        learner.RecordGuardianConsent(request.GivenBy, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class RecordGuardianConsentAuthorizer(EnrolmentDbContext db) : IAuthorizer<RecordGuardianConsent>
{
    public Task AuthorizeAsync(RecordGuardianConsent request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return db.RequireManagesLearnerAsync(viewer, request.LearnerId, "record their guardian's consent", cancellationToken);
    }
}
