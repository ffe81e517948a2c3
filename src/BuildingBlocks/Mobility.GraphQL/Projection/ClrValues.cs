using System.Linq.Expressions;

namespace Mobility.GraphQL.Projection;

/// <summary>Converts coerced GraphQL values to CLR member types and wraps them as closure members (EF parameters).</summary>
internal static class ClrValues
{
    public static object? Convert(object? value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return value switch
        {
            null => null,
            _ when target.IsInstanceOfType(value) => value,
            DateTimeOffset offset when target == typeof(DateTime) => offset.UtcDateTime,
            DateTime dateTime when target == typeof(DateTimeOffset) => new DateTimeOffset(dateTime),
            string text when target == typeof(Guid) => Guid.Parse(text),
            string text when target == typeof(Uri) => new Uri(text),
            _ => Execution.Runtime.MethodBinder.Convert(value, target),
        };
    }

    public static MemberExpression Closure(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Closure<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(holder), "Value");
    }
}

/// <summary>Holds one value so an expression reads it as a member, like a C# closure.</summary>
internal sealed class Closure<T>(T value)
{
#pragma warning disable CA1051, SA1401 // a public field is what a compiler-generated closure has and what EF parameterises
    public readonly T Value = value;
#pragma warning restore CA1051, SA1401
}
