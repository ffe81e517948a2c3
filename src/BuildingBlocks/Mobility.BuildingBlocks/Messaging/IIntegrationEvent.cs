namespace Mobility.BuildingBlocks.Messaging;

/// <summary>
/// Something that happened in one module that others may react to: an immutable, past-tense record
/// in the publishing module's Contracts project. Evolve it by adding fields only.
/// </summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }

    DateTime OccurredAt { get; }
}
