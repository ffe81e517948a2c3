using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Data;
using Mobility.Placements.Lifecycle;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.LearningAgreements;

/// <summary>One party signs the current version; the signature is timestamped by the clock.</summary>
internal sealed record SignLearningAgreement(Guid PlacementId, LearningAgreementParty Party, string SignedBy) : IRequest<Unit>;

internal sealed class SignLearningAgreementValidator : AbstractValidator<SignLearningAgreement>
{
    public SignLearningAgreementValidator()
    {
        RuleFor(r => r.PlacementId).NotEmpty();
        RuleFor(r => r.Party).IsInEnum();
        RuleFor(r => r.SignedBy).NotEmpty().MaximumLength(200);
    }
}

internal sealed class SignLearningAgreementHandler(PlacementsDbContext db, TimeProvider clock) : IRequestHandler<SignLearningAgreement, Unit>
{
    public async Task<Unit> Handle(SignLearningAgreement request, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(request.PlacementId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        placement.SignLearningAgreement(request.Party, request.SignedBy, now);
        if (placement.CurrentLearningAgreement is { IsFullySigned: true } signed)
        {
            db.Publish(PlacementEvents.LearningAgreementSigned(placement, signed, Guid.CreateVersion7(), now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>Each party signs for itself: the participant, the sending school's managers, the host tutor.</summary>
internal sealed class SignLearningAgreementAuthorizer(PlacementsDbContext db) : IAuthorizer<SignLearningAgreement>
{
    public Task AuthorizeAsync(SignLearningAgreement request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (party, action) = request.Party switch
        {
            LearningAgreementParty.SendingSchool => (PlacementParty.Managers, "sign its learning agreement for the sending school"),
            LearningAgreementParty.Host => (PlacementParty.HostTutor, "sign its learning agreement for the host"),
            _ => (PlacementParty.Participant, "sign its learning agreement as participant"),
        };
        return db.RequirePartyAsync(viewer, request.PlacementId, party, action, cancellationToken);
    }
}
