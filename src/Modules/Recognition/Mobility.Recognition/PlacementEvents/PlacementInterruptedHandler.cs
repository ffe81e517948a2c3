using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Messaging;
using Mobility.Placements.Contracts.Events;
using Mobility.Recognition.Data;

namespace Mobility.Recognition.PlacementEvents;

/// <summary>An interrupted learner came back early: deadlines counted from the return start from the last day abroad.</summary>
internal sealed class PlacementInterruptedHandler(RecognitionDbContext db) : IIntegrationEventHandler<PlacementInterrupted>
{
    public async Task HandleAsync(PlacementInterrupted integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var recognition = await db.PlacementRecognitions.SingleOrDefaultAsync(r => r.PlacementId == integrationEvent.PlacementId, cancellationToken);
        recognition?.RecordInterruption(integrationEvent.InterruptedOn);
    }
}
