using Mobility.BuildingBlocks.Messaging;

namespace Mobility.Enrolment.Contracts.Events;

/// <summary>
/// A learner's fewer-opportunities and special-needs flags were recorded or changed. For aggregate statistics only
/// (Erasmus+ reports counts of them, never per person): a receiver must never show them against a learner.
/// </summary>
public sealed record LearnerSensitiveFlagsRecorded(
    Guid EventId,
    DateTime OccurredAt,
    Guid LearnerId,
    bool FewerOpportunities,
    bool SpecialNeeds) : IIntegrationEvent;
