using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Mobility.GraphQL.Execution.Runtime;

/// <summary>
/// The default resolver (§6.4.3 ResolveFieldValue without a resolver): a dictionary entry, a property or
/// field, or a method (Get prefix and Async suffix allowed) of the parent, matched by name ignoring case.
/// Property getters are compiled once per (type, field).
/// </summary>
internal static class MemberAccessors
{
    private static readonly ConcurrentDictionary<(Type, string), MemberAccessor> Cache = new();

    public static MemberAccessor For(Type type, string fieldName) => Cache.GetOrAdd((type, fieldName), static key => Create(key.Item1, key.Item2));

    private static MemberAccessor Create(Type type, string fieldName)
    {
        if (typeof(IDictionary<string, object?>).IsAssignableFrom(type))
        {
            return new MemberAccessor(o => ((IDictionary<string, object?>)o).TryGetValue(fieldName, out var v) ? v : null, null);
        }

        if (typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(type))
        {
            return new MemberAccessor(o => ((IReadOnlyDictionary<string, object?>)o).TryGetValue(fieldName, out var v) ? v : null, null);
        }

        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        if (type.GetProperty(fieldName, flags) is { CanRead: true } property && property.GetIndexParameters().Length == 0)
        {
            return new MemberAccessor(Compile(type, p => Expression.Property(p, property)), null);
        }

        if (type.GetField(fieldName, flags) is { } field)
        {
            return new MemberAccessor(Compile(type, p => Expression.Field(p, field)), null);
        }

        var method = type.GetMethods(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(m =>
            !m.IsGenericMethodDefinition && m.DeclaringType != typeof(object)
            && (Matches(m.Name, fieldName) || Matches(m.Name, "Get" + fieldName) || Matches(m.Name, fieldName + "Async") || Matches(m.Name, "Get" + fieldName + "Async")));
        return method is null ? new MemberAccessor(static _ => null, null) : new MemberAccessor(null, MethodBinder.Bind(method));
    }

    private static bool Matches(string name, string candidate) => string.Equals(name, candidate, StringComparison.OrdinalIgnoreCase);

    private static Func<object, object?> Compile(Type type, Func<Expression, Expression> member)
    {
        var parameter = Expression.Parameter(typeof(object), "source");
        var body = Expression.Convert(member(Expression.Convert(parameter, type)), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
    }
}
