using Mobility.BuildingBlocks.Messaging;

namespace Mobility.Recognition.Contracts.Events;

/// <summary>
/// The sending school decided (or changed its decision) on a unit of learning outcomes acquired abroad; the
/// latest event for a unit is the one in force.
/// </summary>
public sealed record UnitRecognitionDecided(
    Guid EventId,
    DateTime OccurredAt,
    Guid UnitId,
    Guid PlacementId,
    Guid LearnerId,
    Guid SendingOrganisationId,
    Guid QualificationId,
    Guid QualificationUnitId,
    string QualificationUnitCode,
    string SchemeCode,
    RecognitionOutcome Outcome,
    bool Passed,
    decimal? FinalMark,
    string? Attestation) : IIntegrationEvent;
