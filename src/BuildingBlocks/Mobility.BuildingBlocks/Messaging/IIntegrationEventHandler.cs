namespace Mobility.BuildingBlocks.Messaging;

/// <summary>
/// Reacts to another module's event by changing the receiving module's own DbContext. The dispatcher saves those
/// changes together with the inbox row that makes the handling idempotent, so a handler never calls SaveChanges.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
