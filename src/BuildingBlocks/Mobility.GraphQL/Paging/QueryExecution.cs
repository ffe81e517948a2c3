using System.Linq.Expressions;
using System.Reflection;

namespace Mobility.GraphQL.Paging;

/// <summary>
/// Runs queries without depending on EF Core: lists through <see cref="IAsyncEnumerable{T}"/> (which EF Core's
/// queries implement), scalars (COUNT, EXISTS) through the provider's <c>ExecuteAsync&lt;TResult&gt;(Expression, CancellationToken)</c>
/// when it has one (EF Core's IAsyncQueryProvider), else synchronously (LINQ to Objects).
/// </summary>
internal static class QueryExecution
{
    public static async Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        if (query is not IAsyncEnumerable<T> asynchronous)
        {
            return [.. query];
        }

        var list = new List<T>();
        await foreach (var item in asynchronous.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            list.Add(item);
        }

        return list;
    }

    public static Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        ExecuteAsync<int>(query.Provider, Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(T)], query.Expression), cancellationToken);

    public static Task<bool> AnyAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        ExecuteAsync<bool>(query.Provider, Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(T)], query.Expression), cancellationToken);

    private static async Task<TResult> ExecuteAsync<TResult>(IQueryProvider provider, Expression expression, CancellationToken cancellationToken)
    {
        var method = provider.GetType().GetInterfaces().SelectMany(i => i.GetMethods()).Concat(provider.GetType().GetMethods())
            .FirstOrDefault(m => m.Name == "ExecuteAsync" && m.IsGenericMethodDefinition
                && m.GetParameters() is [{ ParameterType: var first }, { ParameterType: var second }]
                && first == typeof(Expression) && second == typeof(CancellationToken));
        if (method is null)
        {
            return provider.Execute<TResult>(expression);
        }

        try
        {
            return await ((Task<TResult>)method.MakeGenericMethod(typeof(Task<TResult>)).Invoke(provider, [expression, cancellationToken])!).ConfigureAwait(false);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
