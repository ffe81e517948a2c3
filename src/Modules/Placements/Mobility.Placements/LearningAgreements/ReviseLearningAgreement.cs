using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Data;
using Mobility.Placements.Lifecycle;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.LearningAgreements;

/// <summary>A new version of the learning agreement, with the reason for the change; it must be signed again.</summary>
internal sealed record ReviseLearningAgreement(Guid PlacementId, IReadOnlyList<ObjectiveInput> Objectives, string Reason, string RevisedBy)
    : IRequest<Guid>;

internal sealed class ReviseLearningAgreementValidator : AbstractValidator<ReviseLearningAgreement>
{
    public ReviseLearningAgreementValidator()
    {
        RuleFor(r => r.PlacementId).NotEmpty();
        RuleFor(r => r.Reason).MaximumLength(1000);
        RuleFor(r => r.RevisedBy).NotEmpty().MaximumLength(200);
        RuleForEach(r => r.Objectives).SetValidator(new ObjectiveInputValidator());
    }
}

internal sealed class ReviseLearningAgreementHandler(PlacementsDbContext db, TimeProvider clock) : IRequestHandler<ReviseLearningAgreement, Guid>
{
    public async Task<Guid> Handle(ReviseLearningAgreement request, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(request.PlacementId, cancellationToken);
        var version = placement.ReviseLearningAgreement(
            Guid.CreateVersion7(), request.Objectives, request.Reason, request.RevisedBy, clock.GetUtcNow().UtcDateTime);
        db.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        return version.Id;
    }
}

internal sealed class ReviseLearningAgreementAuthorizer(PlacementsDbContext db) : IAuthorizer<ReviseLearningAgreement>
{
    public Task AuthorizeAsync(ReviseLearningAgreement request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return db.RequireManagesPlacementAsync(viewer, request.PlacementId, "revise its learning agreement", cancellationToken);
    }
}
