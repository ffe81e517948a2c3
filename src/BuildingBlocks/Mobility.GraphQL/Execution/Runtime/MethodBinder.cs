using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Mobility.GraphQL.Execution.Runtime;

/// <summary>
/// Calls a resolver method, filling its parameters from the field's arguments (by name), the context,
/// the cancellation token, the parent, or request services (in that order), like HotChocolate.
/// A resolver that takes services runs in a service scope of its own, disposed when its result is complete
/// (HotChocolate's service scope per resolver): sibling resolvers run concurrently, and a scoped DbContext
/// shared between them would fail.
/// </summary>
internal static class MethodBinder
{
    /// <param name="method">The resolver method.</param>
    /// <param name="isService">Which parameters come from services; by default [Service], IServiceProvider and interfaces.</param>
    public static Func<object, ResolverContext, object?> Bind(MethodInfo method, Func<ParameterInfo, bool>? isService = null) =>
        Bind(method, isService, null);

    /// <param name="method">The resolver method.</param>
    /// <param name="isService">Which parameters come from services.</param>
    /// <param name="then">
    /// Runs on the method's result with the same context (and service scope), e.g. the data middleware that
    /// executes a returned <see cref="IQueryable"/>; the scope is disposed when its task completes.
    /// </param>
    public static Func<object, ResolverContext, object?> Bind(MethodInfo method, Func<ParameterInfo, bool>? isService, Func<object?, ResolverContext, Task<object?>>? then)
    {
        var parameters = method.GetParameters();
        var fillers = parameters.Select(Filler).ToArray();
        isService ??= DefaultIsService;
        var scoped = parameters.Any(p => IsInjectable(p) && isService(p));
        var dispose = scoped ? ScopeDisposal.For(then is null ? method.ReturnType : typeof(Task<object?>)) : null;
        return (target, context) =>
        {
            if (dispose is null || context.Services?.GetService(typeof(IServiceScopeFactory)) is not IServiceScopeFactory factory)
            {
                var plain = Invoke(method, target, fillers, context);
                return then is null ? plain : then(plain, context);
            }

            var scope = factory.CreateAsyncScope();
            object? result;
            try
            {
                var scopedContext = context.WithServices(scope.ServiceProvider);
                result = Invoke(method, target, fillers, scopedContext);
                if (then is not null)
                {
                    result = then(result, scopedContext);
                }
            }
            catch
            {
                scope.Dispose();
                throw;
            }

            return dispose(result, scope);
        };
    }

    private static object? Invoke(MethodInfo method, object target, Func<ResolverContext, object?>[] fillers, ResolverContext context)
    {
        var values = new object?[fillers.Length];
        for (var i = 0; i < fillers.Length; i++)
        {
            values[i] = fillers[i](context);
        }

        try
        {
            return method.Invoke(method.IsStatic ? null : target, values);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    private static bool IsInjectable(ParameterInfo parameter) =>
        parameter.ParameterType != typeof(ResolverContext) && parameter.ParameterType != typeof(CancellationToken)
        && parameter.ParameterType != typeof(System.Security.Claims.ClaimsPrincipal)
        && parameter.GetCustomAttribute<ParentAttribute>() is null;

    private static bool DefaultIsService(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<ServiceAttribute>() is not null || parameter.ParameterType == typeof(IServiceProvider)
        || (parameter.ParameterType.IsInterface && !typeof(System.Collections.IEnumerable).IsAssignableFrom(parameter.ParameterType));

    private static Func<ResolverContext, object?> Filler(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        var name = parameter.Name ?? "";
        if (type == typeof(ResolverContext))
        {
            return c => c;
        }

        if (type == typeof(CancellationToken))
        {
            return c => c.CancellationToken;
        }

        if (type == typeof(System.Security.Claims.ClaimsPrincipal))
        {
            return c => c.User;
        }

        if (parameter.GetCustomAttribute<ParentAttribute>() is { Member: { } member })
        {
            return c => c.Parent is null ? null : Convert(MemberAccessors.For(c.Parent.GetType(), member).Getter?.Invoke(c.Parent), type);
        }

        if (type == typeof(IServiceProvider))
        {
            return c => c.Services;
        }

        var argumentName = CodeFirst.Naming.Argument(parameter);
        return c =>
        {
            if (c.Arguments.TryGetValue(argumentName, out var value) || c.Arguments.TryGetValue(name, out value))
            {
                return Convert(value, type);
            }

            if (c.Parent is not null && type.IsInstanceOfType(c.Parent) && parameter.GetCustomAttribute<ParentAttribute>() is not null)
            {
                return c.Parent;
            }

            return c.Services?.GetService(type) ?? (parameter.HasDefaultValue ? parameter.DefaultValue : null);
        };
    }

    internal static object? Convert(object? value, Type type)
    {
        if (value is null || type.IsInstanceOfType(value))
        {
            return value;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (CodeFirst.InputObjects.TryConvert(value, target, out var converted))
        {
            return converted;
        }

        if (target == typeof(Guid) && value is string text)
        {
            return Guid.Parse(text, CultureInfo.InvariantCulture);
        }

        if (target.IsEnum)
        {
            return value is string s ? Enum.Parse(target, s.Replace("_", "", StringComparison.Ordinal), ignoreCase: true) : Enum.ToObject(target, value);
        }

        return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }
}
