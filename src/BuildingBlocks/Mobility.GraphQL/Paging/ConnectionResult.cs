namespace Mobility.GraphQL.Paging;

/// <summary>The value of a connection field; the default resolver reads its properties by field name.</summary>
internal sealed class ConnectionResult(IReadOnlyList<EdgeResult> edges, PageInfoResult pageInfo, int totalCount)
{
    public PageInfoResult PageInfo { get; } = pageInfo;

    public IReadOnlyList<EdgeResult> Edges { get; } = edges;

    public IReadOnlyList<object> Nodes { get; } = [.. edges.Select(e => e.Node)];

    public int TotalCount { get; } = totalCount;
}

/// <summary>An edge: a node and the opaque cursor that points just after (or before) it.</summary>
internal sealed record EdgeResult(string Cursor, object Node);

/// <summary>Relay's PageInfo.</summary>
internal sealed record PageInfoResult(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>A row read for a page: the (projected) node and the values of its sort keys, for its cursor.</summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class PageRow<T>
{
    public T Node { get; set; } = default!;

    public object?[] Keys { get; set; } = [];
}
