using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Mobility.GraphQL.Execution;
using Mobility.GraphQL.Projection;

namespace Mobility.GraphQL.Filtering;

/// <summary>
/// Turns a coerced <c>where:</c> value into a predicate expression over the entity. Only constructs EF Core
/// translates are used: comparisons, <c>string.Contains/StartsWith/EndsWith</c> (EF escapes %, _ and its escape
/// character in the parameter), <c>ToLower()</c>, <c>Enumerable.Contains</c> (SQL IN), <c>Any</c>/<c>All</c>.
/// Values become closure members, so EF sends them as parameters and reuses the plan.
/// </summary>
internal sealed class FilterCompiler(EntityModel model)
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly MethodInfo StringToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;

    private int _depth;

    public LambdaExpression? Compile(Type entity, IReadOnlyDictionary<string, object?>? where)
    {
        if (where is null)
        {
            return null;
        }

        var parameter = Expression.Parameter(entity, "x");
        return Expression.Lambda(Entity(parameter, entity, where), parameter);
    }

    private Expression Entity(Expression instance, Type clr, IReadOnlyDictionary<string, object?> map)
    {
        var members = model.Members(clr);
        var parts = new List<Expression>();
        foreach (var (name, value) in map)
        {
            switch (name)
            {
                case "and" when value is IList all:
                    parts.Add(Combine(all.Cast<IReadOnlyDictionary<string, object?>>().Select(m => Entity(instance, clr, m)), Expression.AndAlso, true));
                    continue;
                case "or" when value is IList any:
                    parts.Add(Combine(any.Cast<IReadOnlyDictionary<string, object?>>().Select(m => Entity(instance, clr, m)), Expression.OrElse, true));
                    continue;
                case "not" when value is IReadOnlyDictionary<string, object?> inner:
                    parts.Add(Expression.Not(Entity(instance, clr, inner)));
                    continue;
            }

            if (value is not IReadOnlyDictionary<string, object?> operations || members.FirstOrDefault(m => m.Name == name) is not { } member)
            {
                continue;
            }

            var access = member.Access(instance);
            parts.Add(member.Kind switch
            {
                MemberKind.Object => Expression.AndAlso(Expression.NotEqual(access, Expression.Constant(null, access.Type)), Entity(access, member.Entity!, operations)),
                MemberKind.Collection => Collection(access, member.Entity!, operations),
                _ => Operations(access, operations, $"{name}"),
            });
        }

        return Combine(parts, Expression.AndAlso, true);
    }

    private Expression Collection(Expression access, Type element, IReadOnlyDictionary<string, object?> map)
    {
        var parts = new List<Expression>();
        foreach (var (name, value) in map)
        {
            if (value is null)
            {
                continue;
            }

            if (name == "any")
            {
                var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [element], access);
                parts.Add((bool)value ? any : Expression.Not(any));
                continue;
            }

            _depth++;
            var parameter = Expression.Parameter(element, "e" + _depth.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var predicate = Expression.Lambda(Entity(parameter, element, (IReadOnlyDictionary<string, object?>)value), parameter);
            parts.Add(name switch
            {
                "all" => Expression.Call(typeof(Enumerable), nameof(Enumerable.All), [element], access, predicate),
                "none" => Expression.Not(Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [element], access, predicate)),
                _ => Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [element], access, predicate),
            });
        }

        return Combine(parts, Expression.AndAlso, true);
    }

    private static Expression Operations(Expression access, IReadOnlyDictionary<string, object?> map, string path)
    {
        var insensitive = map.TryGetValue("mode", out var mode) && mode is "INSENSITIVE";
        var target = insensitive && access.Type == typeof(string) ? Expression.Call(access, StringToLower) : access;
        var parts = new List<Expression>();
        foreach (var (name, value) in map)
        {
            switch (name)
            {
                case "mode":
                    continue;
                case "and" when value is IList all:
                    parts.Add(Combine(all.Cast<IReadOnlyDictionary<string, object?>>().Select(m => Operations(access, WithMode(m, mode), path)), Expression.AndAlso, true));
                    continue;
                case "or" when value is IList any:
                    parts.Add(Combine(any.Cast<IReadOnlyDictionary<string, object?>>().Select(m => Operations(access, WithMode(m, mode), path)), Expression.OrElse, true));
                    continue;
                case "eq" or "neq":
                    var equal = value is null ? NullCheck(access) : Expression.Equal(target, Value(Fold(value, insensitive), access.Type));
                    parts.Add(name == "eq" ? equal : Expression.Not(equal));
                    continue;
            }

            if (value is null)
            {
                throw new GraphQLException($"The filter operation \"{path}.{name}\" does not accept null.", ErrorCodes.BadUserInput);
            }

            parts.Add(name switch
            {
                "in" => In(target, (IList)value, insensitive),
                "nin" => Expression.Not(In(target, (IList)value, insensitive)),
                "contains" => Expression.Call(target, StringContains, Value(Fold(value, insensitive), typeof(string))),
                "ncontains" => Expression.Not(Expression.Call(target, StringContains, Value(Fold(value, insensitive), typeof(string)))),
                "startsWith" => Expression.Call(target, StringStartsWith, Value(Fold(value, insensitive), typeof(string))),
                "nstartsWith" => Expression.Not(Expression.Call(target, StringStartsWith, Value(Fold(value, insensitive), typeof(string)))),
                "endsWith" => Expression.Call(target, StringEndsWith, Value(Fold(value, insensitive), typeof(string))),
                "nendsWith" => Expression.Not(Expression.Call(target, StringEndsWith, Value(Fold(value, insensitive), typeof(string)))),
                "gt" => Expression.GreaterThan(access, Value(value, access.Type)),
                "ngt" => Expression.Not(Expression.GreaterThan(access, Value(value, access.Type))),
                "gte" => Expression.GreaterThanOrEqual(access, Value(value, access.Type)),
                "ngte" => Expression.Not(Expression.GreaterThanOrEqual(access, Value(value, access.Type))),
                "lt" => Expression.LessThan(access, Value(value, access.Type)),
                "nlt" => Expression.Not(Expression.LessThan(access, Value(value, access.Type))),
                "lte" => Expression.LessThanOrEqual(access, Value(value, access.Type)),
                "nlte" => Expression.Not(Expression.LessThanOrEqual(access, Value(value, access.Type))),
                _ => throw new GraphQLException($"Unknown filter operation \"{path}.{name}\".", ErrorCodes.BadUserInput),
            });
        }

        return Combine(parts, Expression.AndAlso, true);
    }

    private static IReadOnlyDictionary<string, object?> WithMode(IReadOnlyDictionary<string, object?> map, object? mode) =>
        mode is null || map.ContainsKey("mode") ? map : new Dictionary<string, object?>(map) { ["mode"] = mode };

    private static Expression NullCheck(Expression access) =>
        access.Type.IsValueType && Nullable.GetUnderlyingType(access.Type) is null
            ? Expression.Constant(false)
            : Expression.Equal(access, Expression.Constant(null, access.Type));

    private static Expression In(Expression target, IList values, bool insensitive)
    {
        var items = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(target.Type))!;
        foreach (var value in values)
        {
            items.Add(ClrValues.Convert(Fold(value, insensitive), target.Type));
        }

        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [target.Type], Value(items, items.GetType()), target);
    }

    private static object? Fold(object? value, bool insensitive) => insensitive && value is string s ? s.ToLowerInvariant() : value;

    /// <summary>A value as a closure member, so EF Core turns it into a parameter.</summary>
    private static MemberExpression Value(object? value, Type type) => ClrValues.Closure(ClrValues.Convert(value, type), type);

    private static Expression Combine(IEnumerable<Expression> parts, Func<Expression, Expression, BinaryExpression> join, bool emptyValue)
    {
        Expression? result = null;
        foreach (var part in parts)
        {
            result = result is null ? part : join(result, part);
        }

        return result ?? Expression.Constant(emptyValue);
    }
}
