using Mobility.BuildingBlocks.Messaging;

namespace Mobility.Enrolment.Contracts.Events;

/// <summary>A learner was enrolled at a member school, preparing a qualification.</summary>
public sealed record LearnerRegistered(
    Guid EventId,
    DateTime OccurredAt,
    Guid LearnerId,
    Guid SchoolId,
    Guid QualificationId,
    string FirstName,
    string LastName,
    DateOnly BirthDate,
    string Nationality) : IIntegrationEvent;
