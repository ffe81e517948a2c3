using System.Globalization;
using System.Reflection;

namespace Mobility.GraphQL.Execution.Runtime;

/// <summary>
/// Calls a resolver method, filling its parameters from the field's arguments (by name), the context,
/// the cancellation token, the parent, or request services (in that order), like HotChocolate.
/// </summary>
internal static class MethodBinder
{
    public static Func<object, ResolverContext, object?> Bind(MethodInfo method)
    {
        var parameters = method.GetParameters();
        var fillers = parameters.Select(Filler).ToArray();
        return (target, context) =>
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
        };
    }

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

        return c =>
        {
            if (c.Arguments.TryGetValue(name, out var value))
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

        if (target.IsEnum)
        {
            return value is string s ? Enum.Parse(target, s.Replace("_", "", StringComparison.Ordinal), ignoreCase: true) : Enum.ToObject(target, value);
        }

        return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }
}
