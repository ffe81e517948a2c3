using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mobility.BuildingBlocks.Persistence;

namespace Mobility.BuildingBlocks.Messaging;

public static class IntegrationEventRegistration
{
    internal static IServiceCollection AddIntegrationEvents(this IServiceCollection services)
    {
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<OutboxDispatcher>();
        return services;
    }

    /// <summary>Runs the dispatcher in the background unless <c>Outbox:Enabled</c> is false.</summary>
    public static IServiceCollection AddOutboxDispatcher(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue("Outbox:Enabled", true))
        {
            services.AddHostedService<OutboxDispatcherService>();
        }

        return services;
    }

    /// <summary>Subscribes a handler of the receiving module to another module's integration event.</summary>
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler, TReceiverContext>(
        this IServiceCollection services)
        where TEvent : IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
        where TReceiverContext : ModuleDbContext
    {
        services.AddScoped<THandler>();
        services.AddSingleton(IntegrationEventSubscription.Create<TEvent, THandler, TReceiverContext>());
        return services;
    }
}
