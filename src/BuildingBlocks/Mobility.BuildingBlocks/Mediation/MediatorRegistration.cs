using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mobility.BuildingBlocks.Security;

namespace Mobility.BuildingBlocks.Mediation;

public static class MediatorRegistration
{
    /// <summary>
    /// Registers the request handlers, validators and authorizers found in one module's assembly, plus the shared mediator and
    /// validation pipeline (MediatR 5.1.0 has no DI package we can restore, so this does its job).
    /// </summary>
    public static IServiceCollection AddModuleUseCases(this IServiceCollection services, Assembly moduleAssembly)
    {
        ArgumentNullException.ThrowIfNull(moduleAssembly);
        services.TryAddScoped<ServiceFactory>(provider => provider.GetService!);
        services.TryAddScoped<IMediator, Mediator>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>)));
        services.TryAddEnumerable(ServiceDescriptor.Scoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehavior<,>)));

        foreach (var type in moduleAssembly.GetTypes().Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType))
            {
                var definition = contract.GetGenericTypeDefinition();
                if (definition == typeof(IRequestHandler<,>) || definition == typeof(IValidator<>) || definition == typeof(IAuthorizer<>))
                {
                    services.AddScoped(contract, type);
                }
            }
        }

        return services;
    }
}
