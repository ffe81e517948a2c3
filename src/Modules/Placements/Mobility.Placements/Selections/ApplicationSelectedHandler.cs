using Mobility.BuildingBlocks.Messaging;
using Mobility.Enrolment.Contracts.Events;
using Mobility.Placements.Data;

namespace Mobility.Placements.Selections;

/// <summary>Makes the learner placeable. Keyed by application, so a redelivered event changes nothing.</summary>
internal sealed class ApplicationSelectedHandler(PlacementsDbContext db) : IIntegrationEventHandler<ApplicationSelected>
{
    public async Task HandleAsync(ApplicationSelected integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        if (await db.SelectedLearners.FindAsync([integrationEvent.ApplicationId], cancellationToken) is not null)
        {
            return;
        }

        db.SelectedLearners.Add(new SelectedLearner(
            integrationEvent.ApplicationId, integrationEvent.LearnerId, integrationEvent.CallId, integrationEvent.SchoolId,
            integrationEvent.MobilityStartsOn, integrationEvent.MobilityEndsOn, integrationEvent.OccurredAt));
    }
}
