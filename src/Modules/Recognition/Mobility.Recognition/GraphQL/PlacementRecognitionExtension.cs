using Microsoft.Extensions.DependencyInjection;
using Mobility.GraphQL;
using Mobility.GraphQL.Execution;
using Mobility.Recognition.Recognitions;
using Mobility.Recognition.Schemes;

namespace Mobility.Recognition.GraphQL;

/// <summary>Adds <c>recognition</c> to Placements' <c>Placement</c> type, batched and scoped to what the viewer may see.</summary>
[ExtendObjectType("Placement")]
[Authorize]
internal sealed class PlacementRecognitionExtension
{
    /// <summary>The recognition of the placement's learning outcomes, when it has one you may see.</summary>
    public static async Task<PlacementRecognitionType?> GetRecognitionAsync([Parent("id")] Guid placementId, ResolverContext context)
        => await context.DataLoader<Guid, PlacementRecognitionType>("recognition.byPlacement", async (services, ids, cancellationToken) =>
        {
            var schemes = services.GetRequiredService<RecognitionSchemeCatalogue>();
            var recognitions = await services.GetRequiredService<MediatR.IMediator>().Send(new ListRecognitionsOfPlacements(ids), cancellationToken);
            return recognitions.ToDictionary(r => r.PlacementId, r => PlacementRecognitionType.From(r, schemes));
        }).LoadAsync(placementId);
}
