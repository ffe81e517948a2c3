using System.Linq.Expressions;
using Mobility.GraphQL.Projection;
using Mobility.GraphQL.Sorting;

namespace Mobility.GraphQL.Paging;

/// <summary>
/// Keyset (seek) paging: orders by the sort keys and builds "row after/before the cursor" as
/// <c>k1 &gt; v1 OR (k1 = v1 AND k2 &gt; v2) OR ...</c>, so the database does the seeking and a page is correct
/// however many rows were inserted before its cursor. Nullable keys order on <c>key IS NULL</c> first.
/// </summary>
internal static class Keyset
{
    public static IQueryable<T> Order<T>(IQueryable<T> query, IReadOnlyList<SortKey> keys, bool reverse)
    {
        var expression = query.Expression;
        var first = true;
        foreach (var key in keys)
        {
            var descending = key.Descending != reverse;
            if (key.Nullable)
            {
                var parameter = key.Key.Parameters[0];
                var isNull = Expression.Lambda(Expression.Equal(key.Key.Body, Expression.Constant(null, key.Type)), parameter);
                expression = Call(expression, isNull, first, descending);
                first = false;
            }

            expression = Call(expression, key.Key, first, descending);
            first = false;
        }

        return query.Provider.CreateQuery<T>(expression);

        static Expression Call(Expression source, LambdaExpression key, bool first, bool descending) =>
            Expression.Call(
                typeof(Queryable),
                (first ? "OrderBy" : "ThenBy") + (descending ? "Descending" : ""),
                [key.Parameters[0].Type, key.ReturnType],
                source,
                Expression.Quote(key));
    }

    /// <summary>Rows strictly after (<paramref name="after"/>) or strictly before the cursor, in the keys' order.</summary>
    public static Expression<Func<T, bool>> Beyond<T>(IReadOnlyList<SortKey> keys, object?[] values, bool after)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        Expression? result = null;
        Expression? prefix = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            var body = ParameterReplacer.Replace(key.Key, parameter);
            var value = values[i];
            var greater = after != key.Descending;
            if (key.Nullable)
            {
                var isNull = Expression.Equal(body, Expression.Constant(null, body.Type));
                Expression? flagBeyond = value is null ? (greater ? null : Expression.Not(isNull)) : (greater ? isNull : null);
                Add(ref result, prefix, flagBeyond);
                prefix = And(prefix, value is null ? isNull : Expression.Not(isNull));
                if (value is null)
                {
                    continue;
                }
            }

            Add(ref result, prefix, Compare(body, value!, greater));
            prefix = And(prefix, Expression.Equal(body, ClrValues.Closure(value, body.Type)));
        }

        return Expression.Lambda<Func<T, bool>>(result ?? Expression.Constant(false), parameter);
    }

    private static void Add(ref Expression? result, Expression? prefix, Expression? beyond)
    {
        if (beyond is null)
        {
            return;
        }

        var term = And(prefix, beyond);
        result = result is null ? term : Expression.OrElse(result, term);
    }

    private static Expression And(Expression? left, Expression right) => left is null ? right : Expression.AndAlso(left, right);

    private static Expression? Compare(Expression body, object value, bool greater)
    {
        var type = Nullable.GetUnderlyingType(body.Type) ?? body.Type;
        if (type == typeof(bool))
        {
            // false < true: only "true" is after "false", only "false" is before "true".
            var wanted = greater ? !(bool)value : (bool)value;
            return wanted ? Expression.Equal(body, ClrValues.Closure(greater, body.Type)) : null;
        }

        if (type == typeof(string) || type == typeof(Guid) || type == typeof(char))
        {
            // EF Core translates string.Compare(a, b) > 0 and a.CompareTo(b) > 0 to a > b.
            var operand = body.Type == type ? body : Expression.Convert(body, type);
            var compare = type == typeof(string)
                ? Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, operand, ClrValues.Closure(value, type))
                : Expression.Call(operand, type.GetMethod(nameof(IComparable.CompareTo), [type])!, ClrValues.Closure(value, type));
            return greater ? Expression.GreaterThan(compare, Expression.Constant(0)) : Expression.LessThan(compare, Expression.Constant(0));
        }

        Expression left = body;
        Expression right = ClrValues.Closure(value, body.Type);
        if (type.IsEnum)
        {
            var numeric = Enum.GetUnderlyingType(type);
            var target = body.Type == type ? numeric : typeof(Nullable<>).MakeGenericType(numeric);
            left = Expression.Convert(left, target);
            right = Expression.Convert(right, target);
        }

        return greater ? Expression.GreaterThan(left, right) : Expression.LessThan(left, right);
    }
}
