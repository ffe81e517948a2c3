using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Security;
using Mobility.Recognition.Data;

namespace Mobility.Recognition.Recognitions;

/// <summary>
/// The recognitions the viewer may see, earliest stay first: a coordinator's consortium, a school's own learners, a
/// host tutor's placements, a learner's own. Optionally only those still awaiting the viewer's action.
/// </summary>
internal sealed record ListRecognitions(Guid? LearnerId = null, bool AwaitingAssessmentOnly = false) : IRequest<IReadOnlyList<PlacementRecognition>>;

internal sealed class ListRecognitionsHandler(RecognitionDbContext db, Viewer viewer) : IRequestHandler<ListRecognitions, IReadOnlyList<PlacementRecognition>>
{
    public async Task<IReadOnlyList<PlacementRecognition>> Handle(ListRecognitions request, CancellationToken cancellationToken)
    {
        var query = db.PlacementRecognitions.AsNoTracking().VisibleTo(viewer);
        if (request.LearnerId is { } learnerId)
        {
            query = query.Where(r => r.LearnerId == learnerId);
        }

        if (request.AwaitingAssessmentOnly)
        {
            query = query.Where(r => r.AssessmentStatus != AssessmentStatus.Submitted && r.AgreedVersion != null);
        }

        return await query.WithChildren().OrderBy(r => r.StartsOn).ThenBy(r => r.PlacementId).ToListAsync(cancellationToken);
    }
}
