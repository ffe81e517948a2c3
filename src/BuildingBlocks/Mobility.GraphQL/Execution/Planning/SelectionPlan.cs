using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Execution.Planning;

/// <summary>§6.3.2 CollectFields done once: the merged fields of a selection set for one object type.</summary>
internal sealed class SelectionPlan(ObjectType type, FieldPlan[] fields)
{
    public ObjectType Type { get; } = type;

    public FieldPlan[] Fields { get; } = fields;

    /// <summary>Bytes the last serialised result of this (root) plan needed, to size the next buffer.</summary>
    public int SizeHint { get; set; }
}
