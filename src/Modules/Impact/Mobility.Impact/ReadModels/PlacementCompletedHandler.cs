using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Messaging;
using Mobility.Impact.Data;
using Mobility.Impact.Outcomes;
using Mobility.Placements.Contracts;
using Mobility.Placements.Contracts.Events;

namespace Mobility.Impact.ReadModels;

/// <summary>
/// A learner back from an outgoing placement becomes a participation, and their survey is sent (opened for them,
/// with reminders to follow). Staff and incoming placements are not learner outcomes. Keyed by placement, so a
/// redelivered event changes nothing.
/// </summary>
internal sealed class PlacementCompletedHandler(ImpactDbContext db) : IIntegrationEventHandler<PlacementCompleted>
{
    public async Task HandleAsync(PlacementCompleted integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        if (integrationEvent is not { LearnerId: { } learnerId, Direction: PlacementDirection.Outgoing }
            || await db.Participations.FindAsync([integrationEvent.PlacementId], cancellationToken) is not null)
        {
            return;
        }

        db.Participations.Add(Participation.Record(
            integrationEvent.PlacementId, learnerId, integrationEvent.SendingOrganisationId, integrationEvent.CallYear,
            integrationEvent.StartsOn, integrationEvent.EndsOn, integrationEvent.DurationDays, integrationEvent.DestinationCountry,
            integrationEvent.HostSector, integrationEvent.Kind.ToString(), integrationEvent.OccurredAt));
        if (!db.Surveys.Any(s => s.PlacementId == integrationEvent.PlacementId))
        {
            db.Surveys.Add(Survey.Send(
                SurveyId(integrationEvent.PlacementId), integrationEvent.PlacementId, learnerId,
                SurveyQuestionnaire.LanguageFor(integrationEvent.OriginCountry), integrationEvent.OccurredAt));
        }

        db.MarkForRefresh(learnerId, integrationEvent.OccurredAt);
    }

    /// <summary>One survey per placement, with an id derived from it, so whoever creates it first wins the same row.</summary>
    public static Guid SurveyId(Guid placementId) => DeterministicGuid.Create($"impact/survey/{placementId}");
}
