namespace Mobility.BuildingBlocks.Messaging;

/// <summary>Records that a receiving module's handler has already handled an event.</summary>
public sealed class InboxMessage(Guid eventId, string handler, DateTime processedAt)
{
    public Guid EventId { get; private set; } = eventId;

    public string Handler { get; private set; } = handler;

    public DateTime ProcessedAt { get; private set; } = processedAt;
}
