namespace Mobility.GraphQL;

/// <summary>
/// Turns a resolver returning <see cref="IQueryable{T}"/> into a cursor-paged connection, like HotChocolate's
/// <c>[UsePaging]</c>: arguments <c>first</c>, <c>after</c>, <c>last</c>, <c>before</c>, and a
/// <c>XConnection { pageInfo edges { cursor node } nodes totalCount }</c> result. Pages are read with keyset
/// predicates over the sort keys plus the entity key (a property marked <c>[Key]</c>, named <c>Id</c> or
/// <c>{Type}Id</c>) as tie-breaker, so a page stays correct when rows are inserted before its cursor.
/// </summary>
/// <remarks>
/// Works with <see cref="UseFilteringAttribute"/>, <see cref="UseSortingAttribute"/> and
/// <see cref="UseProjectionAttribute"/> in any attribute order: the engine always filters, sorts, pages and then
/// projects. <c>totalCount</c> runs a COUNT only when the operation selects it.
/// </remarks>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UsePagingAttribute : Attribute
{
    /// <summary>The page size when neither <c>first</c> nor <c>last</c> is given (HotChocolate: 10).</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>The largest <c>first</c>/<c>last</c> accepted (HotChocolate: 50); larger values are an error.</summary>
    public int MaxPageSize { get; set; } = 50;

    /// <summary>Adds <c>totalCount: Int!</c> to the connection type (HotChocolate's <c>IncludeTotalCount</c>).</summary>
    public bool IncludeTotalCount { get; set; }

    /// <summary>
    /// The connection's name without the suffix: <c>"Placement"</c> gives <c>PlacementConnection</c> and
    /// <c>PlacementEdge</c>. By default the field's name is used (<c>placements</c> → <c>PlacementsConnection</c>).
    /// </summary>
    public string? ConnectionName { get; set; }

    /// <summary>Whether <c>last</c> and <c>before</c> are offered (HotChocolate: true).</summary>
    public bool AllowBackwardPagination { get; set; } = true;
}
