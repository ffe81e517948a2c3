using Mobility.BuildingBlocks.Messaging;
using Mobility.Placements.Contracts.Events;
using Mobility.Recognition.Data;
using Mobility.Recognition.Recognitions;

namespace Mobility.Recognition.PlacementEvents;

/// <summary>
/// All three parties signed a version of the learning agreement: the units proposed so far are agreed in it. A
/// placement with no units proposed yet has nothing to agree. A second delivery finds nothing left to agree.
/// </summary>
internal sealed class LearningAgreementSignedHandler(RecognitionDbContext db) : IIntegrationEventHandler<LearningAgreementSigned>
{
    public async Task HandleAsync(LearningAgreementSigned integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var recognition = await db.FindRecognitionAsync(integrationEvent.PlacementId, cancellationToken);
        recognition?.AgreeUnits(integrationEvent.Version, integrationEvent.OccurredAt);
    }
}
