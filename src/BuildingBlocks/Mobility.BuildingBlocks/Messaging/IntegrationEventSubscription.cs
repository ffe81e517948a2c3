using Microsoft.Extensions.DependencyInjection;

namespace Mobility.BuildingBlocks.Messaging;

/// <summary>One handler of one event type, with the receiving module's DbContext it writes to.</summary>
public sealed class IntegrationEventSubscription
{
    private readonly Func<IServiceProvider, IIntegrationEvent, CancellationToken, Task> _invoke;

    private IntegrationEventSubscription(
        Type eventType, Type handlerType, Type receiverContextType,
        Func<IServiceProvider, IIntegrationEvent, CancellationToken, Task> invoke)
    {
        EventType = eventType;
        HandlerType = handlerType;
        ReceiverContextType = receiverContextType;
        _invoke = invoke;
    }

    public Type EventType { get; }

    public Type HandlerType { get; }

    public Type ReceiverContextType { get; }

    public string HandlerName => HandlerType.FullName ?? HandlerType.Name;

    internal static IntegrationEventSubscription Create<TEvent, THandler, TReceiverContext>()
        where TEvent : IIntegrationEvent
        where THandler : IIntegrationEventHandler<TEvent>
        => new(typeof(TEvent), typeof(THandler), typeof(TReceiverContext),
            (services, e, ct) => services.GetRequiredService<THandler>().HandleAsync((TEvent)e, ct));

    internal Task InvokeAsync(IServiceProvider services, IIntegrationEvent integrationEvent, CancellationToken ct)
        => _invoke(services, integrationEvent, ct);
}
