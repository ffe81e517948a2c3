using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.CodeFirst;

/// <summary>Creates instances of code-first input classes (settable properties or a record constructor) from coerced input values.</summary>
internal static class InputObjects
{
    private static readonly ConcurrentDictionary<Type, InputObjectType> Types = new();

    public static void Register(Type clr, InputObjectType type) => Types[clr] = type;

    public static bool TryConvert(object value, Type target, out object? result)
    {
        result = null;
        if (value is IReadOnlyDictionary<string, object?> map && Types.TryGetValue(target, out var type))
        {
            result = Create(map, target, type);
            return true;
        }

        if (value is IList list && target != typeof(string) && target.IsAssignableTo(typeof(IEnumerable)))
        {
            var element = target.IsArray ? target.GetElementType()! : target.GetGenericArguments().FirstOrDefault() ?? typeof(object);
            var items = Array.CreateInstance(element, list.Count);
            for (var i = 0; i < list.Count; i++)
            {
                items.SetValue(Execution.Runtime.MethodBinder.Convert(list[i], element), i);
            }

            result = target.IsArray || target.IsInterface ? items : Activator.CreateInstance(target, items);
            return true;
        }

        return false;
    }

    private static object Create(IReadOnlyDictionary<string, object?> map, Type target, InputObjectType type)
    {
        var properties = target.GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(p => Naming.Field(p), StringComparer.Ordinal);
        var constructor = target.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p =>
        {
            var name = Naming.CamelCase(p.Name!);
            return map.TryGetValue(name, out var v) ? Execution.Runtime.MethodBinder.Convert(v, p.ParameterType) : p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null;
        }).ToArray();
        var instance = constructor.Invoke(arguments);
        foreach (var field in type.Fields)
        {
            if (map.TryGetValue(field.Name, out var value) && properties.TryGetValue(field.Name, out var property) && property.CanWrite
                && !constructor.GetParameters().Any(p => Naming.CamelCase(p.Name!) == field.Name))
            {
                property.SetValue(instance, Execution.Runtime.MethodBinder.Convert(value, property.PropertyType));
            }
        }

        return instance;
    }
}
