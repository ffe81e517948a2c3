using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Security;
using Mobility.Recognition.Data;

namespace Mobility.Recognition.Recognitions;

/// <summary>The recognitions of the given placements that the viewer may see (one query for a page of placements).</summary>
internal sealed record ListRecognitionsOfPlacements(IReadOnlyCollection<Guid> PlacementIds) : IRequest<IReadOnlyList<PlacementRecognition>>;

internal sealed class ListRecognitionsOfPlacementsHandler(RecognitionDbContext db, Viewer viewer)
    : IRequestHandler<ListRecognitionsOfPlacements, IReadOnlyList<PlacementRecognition>>
{
    public async Task<IReadOnlyList<PlacementRecognition>> Handle(ListRecognitionsOfPlacements request, CancellationToken cancellationToken)
        => await db.PlacementRecognitions.AsNoTracking().VisibleTo(viewer).Where(r => request.PlacementIds.Contains(r.PlacementId))
            .WithChildren().ToListAsync(cancellationToken);
}
