using System.Linq.Expressions;
using Mobility.GraphQL.Execution;
using Mobility.GraphQL.Filtering;
using Mobility.GraphQL.Projection;
using Mobility.GraphQL.Sorting;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Paging;

/// <summary>What a data field offers and the types it was given in the schema.</summary>
internal sealed record DataFieldSetup(
    EntityModel Model,
    ObjectType Node,
    UsePagingAttribute? Paging,
    ObjectType? Connection,
    bool Filtering,
    bool Sorting,
    bool Projection);

/// <summary>
/// The data middleware of one field, in the one order that is always right, whatever the attribute order:
/// filter (<c>where</c>), sort (<c>order</c>, plus the key as tie-breaker when paging), seek to the cursor,
/// take a page, project the selected members, read. COUNT and the has-previous/has-next checks run only when
/// selected. Everything stays an expression over <see cref="IQueryable{T}"/>, translated by the provider.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class DataResolver<T>(DataFieldSetup setup)
{
    public async Task<object?> ResolveAsync(object? returned, ResolverContext context)
    {
        var query = await Unwrap(returned).ConfigureAwait(false);
        if (query is null)
        {
            return null;
        }

        if (setup.Filtering && context.Arguments.GetValueOrDefault("where") is IReadOnlyDictionary<string, object?> where
            && new FilterCompiler(setup.Model).Compile(typeof(T), where) is Expression<Func<T, bool>> predicate)
        {
            query = query.Where(predicate);
        }

        var keys = setup.Sorting ? new SortCompiler(setup.Model).Compile(typeof(T), context.Arguments.GetValueOrDefault("order")) : [];
        var selection = Selection.Read(context, setup);
        return setup.Paging is { } paging
            ? await PageAsync(query, keys, paging, selection, context).ConfigureAwait(false)
            : await ListAsync(keys.Count > 0 ? Keyset.Order(query, keys, reverse: false) : query, selection, context).ConfigureAwait(false);
    }

    private static async Task<IQueryable<T>?> Unwrap(object? returned)
    {
        while (returned is Task task)
        {
            await task.ConfigureAwait(false);
            returned = task.GetType().GetProperty(nameof(Task<object>.Result))?.GetValue(task);
        }

        return returned switch
        {
            IQueryable<T> queryable => queryable,
            IEnumerable<T> enumerable => enumerable.AsQueryable(),
            _ => null,
        };
    }

    private async Task<List<T>> ListAsync(IQueryable<T> query, Selection selection, ResolverContext context)
    {
        if (setup.Projection && selection.Projection is { } node)
        {
            var parameter = Expression.Parameter(typeof(T), "x");
            var body = new ProjectionBuilder(setup.Model).Build(parameter, typeof(T), node);
            query = query.Select(Expression.Lambda<Func<T, T>>(body, parameter));
        }

        return await QueryExecution.ToListAsync(query, context.CancellationToken).ConfigureAwait(false);
    }

    private async Task<ConnectionResult> PageAsync(IQueryable<T> filtered, List<SortKey> keys, UsePagingAttribute paging, Selection selection, ResolverContext context)
    {
        var arguments = PagingArguments.Read(context, paging);
        keys = WithTieBreaker(keys);
        var types = keys.Select(k => k.Type).ToArray();
        var fingerprint = Cursor.Fingerprint(keys.Select(k => k.Describe()));
        var after = arguments.After is { } a ? Cursor.Decode(a, fingerprint, types, "after") : null;
        var before = arguments.Before is { } b ? Cursor.Decode(b, fingerprint, types, "before") : null;

        var query = filtered;
        if (after is not null)
        {
            query = query.Where(Keyset.Beyond<T>(keys, after, after: true));
        }

        if (before is not null)
        {
            query = query.Where(Keyset.Beyond<T>(keys, before, after: false));
        }

        var backward = arguments.Last is not null;
        var size = arguments.First ?? arguments.Last ?? paging.DefaultPageSize;
        var rows = await QueryExecution.ToListAsync(Keyset.Order(query, keys, backward).Select(Row(keys, selection)).Take(size + 1), context.CancellationToken).ConfigureAwait(false);
        var more = rows.Count > size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (backward)
        {
            rows.Reverse();
        }

        var edges = rows.Select(r => new EdgeResult(Cursor.Encode(fingerprint, r.Keys, types), r.Node!)).ToList();
        var hasNext = backward
            ? before is not null && selection.HasNextPage && await QueryExecution.AnyAsync(filtered.Where(Not(Keyset.Beyond<T>(keys, before, after: false))), context.CancellationToken).ConfigureAwait(false)
            : more;
        var hasPrevious = backward
            ? more
            : after is not null && selection.HasPreviousPage && await QueryExecution.AnyAsync(filtered.Where(Not(Keyset.Beyond<T>(keys, after, after: true))), context.CancellationToken).ConfigureAwait(false);
        var total = selection.TotalCount ? await QueryExecution.CountAsync(filtered, context.CancellationToken).ConfigureAwait(false) : 0;
        return new ConnectionResult(edges, new PageInfoResult(hasNext, hasPrevious, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), total);
    }

    private static Expression<Func<T, bool>> Not(Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    private static List<SortKey> WithTieBreaker(List<SortKey> keys)
    {
        var key = EntityModel.Key(typeof(T))!;
        var parameter = Expression.Parameter(typeof(T), "x");
        var tieBreaker = new SortKey(Expression.Lambda(Expression.Property(parameter, key), parameter), false, Nullable.GetUnderlyingType(key.PropertyType) is not null);
        return keys.Count > 0 && keys[^1].Key.Body is MemberExpression { Member: var last, Expression: ParameterExpression } && last == key
            ? keys
            : [.. keys, tieBreaker];
    }

    /// <summary><c>x =&gt; new PageRow&lt;T&gt; { Node = projection(x), Keys = new object[] { k1(x), ... } }</c>.</summary>
    private Expression<Func<T, PageRow<T>>> Row(List<SortKey> keys, Selection selection)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        Expression node = setup.Projection && selection.Projection is { } projection
            ? new ProjectionBuilder(setup.Model).Build(parameter, typeof(T), projection)
            : parameter;
        var values = Expression.NewArrayInit(typeof(object), keys.Select(k => Expression.Convert(ParameterReplacer.Replace(k.Key, parameter), typeof(object))));
        var row = Expression.MemberInit(
            Expression.New(typeof(PageRow<T>)),
            Expression.Bind(typeof(PageRow<T>).GetProperty(nameof(PageRow<T>.Node))!, node),
            Expression.Bind(typeof(PageRow<T>).GetProperty(nameof(PageRow<T>.Keys))!, values));
        return Expression.Lambda<Func<T, PageRow<T>>>(row, parameter);
    }
}

/// <summary>The paging arguments, checked: never first and last together, never negative, never above the maximum.</summary>
internal sealed record PagingArguments(int? First, string? After, int? Last, string? Before)
{
    public static PagingArguments Read(ResolverContext context, UsePagingAttribute paging)
    {
        var arguments = new PagingArguments(context.Argument<int?>("first"), context.Argument<string>("after"), context.Argument<int?>("last"), context.Argument<string>("before"));
        if (arguments.First is not null && arguments.Last is not null)
        {
            throw new GraphQLException("Arguments \"first\" and \"last\" cannot be used together; page forwards with first/after or backwards with last/before.", ErrorCodes.InvalidPagingArguments);
        }

        foreach (var (name, value) in new[] { ("first", arguments.First), ("last", arguments.Last) })
        {
            if (value < 0)
            {
                throw new GraphQLException($"Argument \"{name}\" must not be negative.", ErrorCodes.InvalidPagingArguments);
            }

            if (value > paging.MaxPageSize)
            {
                throw new GraphQLException($"Argument \"{name}\" is {value}, above the maximum page size of {paging.MaxPageSize}.", ErrorCodes.InvalidPagingArguments);
            }
        }

        return arguments;
    }
}

/// <summary>What the operation selects below a data field: the members to project and the costly connection fields.</summary>
internal sealed record Selection(ProjectionNode? Projection, bool TotalCount, bool HasNextPage, bool HasPreviousPage)
{
    public static Selection Read(ResolverContext context, DataFieldSetup setup)
    {
        if (context.Plan is not { } plan || context.Planner is not { } planner)
        {
            return new Selection(null, true, true, true);
        }

        var node = new ProjectionNode();
        if (setup.Connection is not { } connection)
        {
            node.Add(plan.SubPlan(setup.Node, planner), planner, setup.Model);
            return new Selection(node, false, false, false);
        }

        bool total = false, next = false, previous = false;
        foreach (var field in plan.SubPlan(connection, planner).Fields)
        {
            switch (field.Field.Name)
            {
                case "totalCount":
                    total = true;
                    break;
                case "nodes":
                    node.Add(field.SubPlan(setup.Node, planner), planner, setup.Model);
                    break;
                case "edges" when field.Field.Type.NamedType is ObjectType edge:
                    foreach (var inner in field.SubPlan(edge, planner).Fields.Where(f => f.Field.Name == "node"))
                    {
                        node.Add(inner.SubPlan(setup.Node, planner), planner, setup.Model);
                    }

                    break;
                case "pageInfo" when field.Field.Type.NamedType is ObjectType pageInfo:
                    var names = field.SubPlan(pageInfo, planner).Fields.Select(f => f.Field.Name).ToList();
                    next |= names.Contains("hasNextPage");
                    previous |= names.Contains("hasPreviousPage");
                    break;
            }
        }

        return new Selection(node, total, next, previous);
    }
}
