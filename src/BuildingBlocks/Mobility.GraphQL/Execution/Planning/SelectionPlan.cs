using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Execution.Planning;

/// <summary>§6.3.2 CollectFields done once: the merged fields of a selection set for one object type.</summary>
internal sealed class SelectionPlan(ObjectType type, FieldPlan[] fields)
{
    public ObjectType Type { get; } = type;

    public FieldPlan[] Fields { get; } = fields;
}
