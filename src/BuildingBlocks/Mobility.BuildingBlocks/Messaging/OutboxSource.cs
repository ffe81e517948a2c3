namespace Mobility.BuildingBlocks.Messaging;

/// <summary>A module DbContext whose outbox the dispatcher drains.</summary>
public sealed record OutboxSource(string Module, Type ContextType);
