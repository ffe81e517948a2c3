using System.Collections.Concurrent;
using System.Text.Json;

namespace Mobility.BuildingBlocks.Messaging;

/// <summary>How integration events are named and serialised in the outbox.</summary>
internal static class IntegrationEventTypes
{
    private static readonly ConcurrentDictionary<string, Type?> Resolved = new();

    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web);

    public static string NameOf(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static IIntegrationEvent Deserialize(OutboxMessage message)
    {
        var type = Resolved.GetOrAdd(message.Type, static name => Type.GetType(name, throwOnError: false))
            ?? throw new InvalidOperationException($"Integration event type '{message.Type}' is not known to this host.");
        return (IIntegrationEvent?)JsonSerializer.Deserialize(message.Payload, type, JsonOptions)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload.");
    }
}
