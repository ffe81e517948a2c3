using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Recognition.Data;

namespace Mobility.Recognition.Recognitions;

/// <summary>A placement's recognition with its units and decisions, or null when it has none or the viewer may not see it.</summary>
internal sealed record GetPlacementRecognition(Guid PlacementId) : IRequest<PlacementRecognition?>;

internal sealed class GetPlacementRecognitionValidator : AbstractValidator<GetPlacementRecognition>
{
    public GetPlacementRecognitionValidator() => RuleFor(r => r.PlacementId).NotEmpty();
}

internal sealed class GetPlacementRecognitionHandler(RecognitionDbContext db, Viewer viewer) : IRequestHandler<GetPlacementRecognition, PlacementRecognition?>
{
    public async Task<PlacementRecognition?> Handle(GetPlacementRecognition request, CancellationToken cancellationToken)
        => await db.FindRecognitionAsync(request.PlacementId, cancellationToken) is { } recognition && viewer.CanSee(recognition) ? recognition : null;
}
