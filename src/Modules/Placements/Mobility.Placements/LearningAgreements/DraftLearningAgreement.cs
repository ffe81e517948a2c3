using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Data;
using Mobility.Placements.Lifecycle;
using Mobility.Placements.Scoping;

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

internal sealed class DraftLearningAgreementAuthorizer(PlacementsDbContext db) : IAuthorizer<DraftLearningAgreement>
{
    public Task AuthorizeAsync(DraftLearningAgreement request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return db.RequireManagesPlacementAsync(viewer, request.PlacementId, "draft its learning agreement", cancellationToken);
    }
}
