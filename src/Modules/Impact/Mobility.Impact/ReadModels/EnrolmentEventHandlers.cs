using Mobility.BuildingBlocks.Messaging;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Enrolment.Contracts.Events;
using Mobility.Impact.Data;

namespace Mobility.Impact.ReadModels;

/// <summary>Keeps the learner's profile: school, qualification and its level, gender.</summary>
internal sealed class LearnerRegisteredHandler(ImpactDbContext db, IEnrolmentDirectory enrolment) : IIntegrationEventHandler<LearnerRegistered>
{
    public async Task HandleAsync(LearnerRegistered integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        if (await LearnerProfiles.FindOrCreateAsync(db, enrolment, integrationEvent.LearnerId, integrationEvent.OccurredAt, cancellationToken) is not null)
        {
            db.MarkForRefresh(integrationEvent.LearnerId, integrationEvent.OccurredAt);
        }
    }
}

/// <summary>The consortium a learner's indicators count in is the one of their latest selection.</summary>
internal sealed class ApplicationSelectedHandler(ImpactDbContext db, IEnrolmentDirectory enrolment) : IIntegrationEventHandler<ApplicationSelected>
{
    public async Task HandleAsync(ApplicationSelected integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var profile = await LearnerProfiles.FindOrCreateAsync(db, enrolment, integrationEvent.LearnerId, integrationEvent.OccurredAt, cancellationToken);
        if (profile is null || profile.ConsortiumSelectedAt > integrationEvent.OccurredAt)
        {
            return;
        }

        profile.SelectedIn(integrationEvent.ConsortiumId, integrationEvent.SchoolId, integrationEvent.OccurredAt);
        db.MarkForRefresh(integrationEvent.LearnerId, integrationEvent.OccurredAt);
    }
}

/// <summary>Counts fewer-opportunities learners; the flag is never shown against a learner.</summary>
internal sealed class LearnerSensitiveFlagsRecordedHandler(ImpactDbContext db, IEnrolmentDirectory enrolment)
    : IIntegrationEventHandler<LearnerSensitiveFlagsRecorded>
{
    public async Task HandleAsync(LearnerSensitiveFlagsRecorded integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var profile = await LearnerProfiles.FindOrCreateAsync(db, enrolment, integrationEvent.LearnerId, integrationEvent.OccurredAt, cancellationToken);
        if (profile is null || profile.FlagsRecordedAt > integrationEvent.OccurredAt)
        {
            return;
        }

        profile.FlagFewerOpportunities(integrationEvent.FewerOpportunities, integrationEvent.OccurredAt);
        db.MarkForRefresh(integrationEvent.LearnerId, integrationEvent.OccurredAt);
    }
}
