using FluentValidation;
using MediatR;
using Mobility.Placements.Data;
using Mobility.Placements.Lifecycle;

namespace Mobility.Placements.LearningAgreements;

internal sealed record DraftLearningAgreement(Guid PlacementId, IReadOnlyList<ObjectiveInput> Objectives, string DraftedBy) : IRequest<Guid>;

internal sealed class DraftLearningAgreementValidator : AbstractValidator<DraftLearningAgreement>
{
    public DraftLearningAgreementValidator()
    {
        RuleFor(r => r.PlacementId).NotEmpty();
        RuleFor(r => r.DraftedBy).NotEmpty().MaximumLength(200);
        RuleForEach(r => r.Objectives).SetValidator(new ObjectiveInputValidator());
    }
}

internal sealed class DraftLearningAgreementHandler(PlacementsDbContext db, TimeProvider clock) : IRequestHandler<DraftLearningAgreement, Guid>
{
    public async Task<Guid> Handle(DraftLearningAgreement request, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(request.PlacementId, cancellationToken);
        var version = placement.DraftLearningAgreement(Guid.CreateVersion7(), request.Objectives, request.DraftedBy, clock.GetUtcNow().UtcDateTime);
        db.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        return version.Id;
    }
}
