using Mobility.BuildingBlocks.Messaging;
using Mobility.Impact.Data;
using Mobility.Recognition.Contracts.Events;

namespace Mobility.Impact.ReadModels;

/// <summary>
/// Keeps the decision in force on each recognised unit (the latest by time; a redelivered or older event changes
/// nothing) and marks its learner for the next refresh of the facts.
/// </summary>
internal sealed class UnitRecognitionDecidedHandler(ImpactDbContext db) : IIntegrationEventHandler<UnitRecognitionDecided>
{
    public async Task HandleAsync(UnitRecognitionDecided integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var outcome = integrationEvent.Outcome.ToString();
        var stored = await db.UnitRecognitions.FindAsync([integrationEvent.UnitId], cancellationToken);
        if (stored is null)
        {
            db.UnitRecognitions.Add(UnitRecognition.Record(
                integrationEvent.UnitId, integrationEvent.PlacementId, integrationEvent.LearnerId, integrationEvent.QualificationId,
                outcome, integrationEvent.OccurredAt));
        }
        else if (!stored.Decide(outcome, integrationEvent.OccurredAt))
        {
            return;
        }

        db.MarkForRefresh(integrationEvent.LearnerId, integrationEvent.OccurredAt);
    }
}
