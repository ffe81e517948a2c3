using System.Text.Json;

namespace Mobility.BuildingBlocks.Messaging;

/// <summary>An integration event waiting in its publisher's schema to be delivered.</summary>
public sealed class OutboxMessage
{
    public const int MaxAttempts = 10;

    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }

    public string Type { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTime OccurredAt { get; private set; }

    public DateTime? ProcessedAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    internal static OutboxMessage From(IIntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        return new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = IntegrationEventTypes.NameOf(type),
            Payload = JsonSerializer.Serialize(integrationEvent, type, IntegrationEventTypes.JsonOptions),
            OccurredAt = integrationEvent.OccurredAt,
        };
    }

    internal void MarkProcessed(DateTime at) => ProcessedAt = at;

    internal void RecordFailure(Exception exception, DateTime at)
    {
        Attempts++;
        LastError = $"{at:O} {exception.GetType().Name}: {exception.Message}";
        if (LastError.Length > 2000)
        {
            LastError = LastError[..2000];
        }
    }
}
