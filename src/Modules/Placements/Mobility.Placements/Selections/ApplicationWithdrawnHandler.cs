using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Messaging;
using Mobility.Enrolment.Contracts.Events;
using Mobility.Placements.Contracts;
using Mobility.Placements.Data;
using Mobility.Placements.Lifecycle;

namespace Mobility.Placements.Selections;

/// <summary>
/// A withdrawn learner is no longer placeable, and a placement planned or confirmed through that application is
/// cancelled (one already under way is left to the coordinator to interrupt). Idempotent: a second delivery finds
/// the selection withdrawn and nothing left to cancel.
/// </summary>
internal sealed class ApplicationWithdrawnHandler(PlacementsDbContext db) : IIntegrationEventHandler<ApplicationWithdrawn>
{
    public async Task HandleAsync(ApplicationWithdrawn integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var selection = await db.SelectedLearners.FindAsync([integrationEvent.ApplicationId], cancellationToken);
        selection?.Withdraw(integrationEvent.OccurredAt);
        var placements = await db.Placements
            .Where(p => p.SelectionApplicationId == integrationEvent.ApplicationId
                && (p.Status == PlacementStatus.Planned || p.Status == PlacementStatus.Confirmed))
            .ToListAsync(cancellationToken);
        foreach (var placement in placements)
        {
            placement.Cancel($"Application withdrawn: {integrationEvent.Reason}", forceMajeure: false, integrationEvent.OccurredAt);
            db.Publish(PlacementEvents.Cancelled(placement, Guid.CreateVersion7(), integrationEvent.OccurredAt));
        }
    }
}
