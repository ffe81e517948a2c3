using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Messaging;
using Mobility.Placements.Contracts.Events;
using Mobility.Recognition.Data;

namespace Mobility.Recognition.PlacementEvents;

/// <summary>Keeps the host tutor (and so who may assess) current when Placements appoints or replaces one.</summary>
internal sealed class HostTutorAppointedHandler(RecognitionDbContext db) : IIntegrationEventHandler<HostTutorAppointed>
{
    public async Task HandleAsync(HostTutorAppointed integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var recognition = await db.PlacementRecognitions.SingleOrDefaultAsync(r => r.PlacementId == integrationEvent.PlacementId, cancellationToken);
        recognition?.RecordHostTutor(integrationEvent.Name, integrationEvent.Email);
    }
}
