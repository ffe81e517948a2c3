using Mobility.GraphQL.Execution.Planning;

namespace Mobility.GraphQL.Execution.Runtime;

/// <summary>
/// A node of the result tree. Parent links let a late (async) non-null violation null out the nearest
/// nullable ancestor (§6.4.4) and let error paths be computed only when an error happens.
/// </summary>
internal abstract class ResultNode(ResultNode? parent, int parentIndex, bool nonNullSlot)
{
    public ResultNode? Parent { get; } = parent;

    public int ParentIndex { get; } = parentIndex;

    /// <summary>Whether the position holding this node is non-null (so a violation here propagates further).</summary>
    public bool NonNullSlot { get; } = nonNullSlot;

    public bool Discarded { get; set; }

    public abstract void SetChild(int index, object? value);

    public bool IsDiscarded()
    {
        for (ResultNode? node = this; node is not null; node = node.Parent)
        {
            if (node.Discarded)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The response path to child <paramref name="index"/> of this node.</summary>
    public List<object> PathTo(int index)
    {
        var path = new List<object>();
        AppendKey(path, this, index);
        for (var node = this; node.Parent is not null; node = node.Parent)
        {
            AppendKey(path, node.Parent, node.ParentIndex);
        }

        path.Reverse();
        return path;
    }

    private static void AppendKey(List<object> path, ResultNode node, int index) =>
        path.Add(node is ResultObject obj ? obj.Plan.Fields[index].ResponseName : index);
}

internal sealed class ResultObject(SelectionPlan plan, ResultNode? parent, int parentIndex, bool nonNullSlot)
    : ResultNode(parent, parentIndex, nonNullSlot)
{
    public SelectionPlan Plan { get; } = plan;

    public object?[] Values { get; } = new object?[plan.Fields.Length];

    public override void SetChild(int index, object? value) => Values[index] = value;
}

internal sealed class ResultList(int count, ResultNode? parent, int parentIndex, bool nonNullSlot)
    : ResultNode(parent, parentIndex, nonNullSlot)
{
    public object?[] Items { get; } = count == 0 ? [] : new object?[count];

    public override void SetChild(int index, object? value) => Items[index] = value;
}
