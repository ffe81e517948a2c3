using System.Text.Json;
using Mobility.GraphQL.Execution.Runtime;
using Mobility.GraphQL.Language.Ast;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Execution.Planning;

/// <summary>
/// One response key of a <see cref="SelectionPlan"/>: the field, its merged nodes, its arguments
/// (coerced once when they use no variables) and lazily built plans of its sub-selection.
/// </summary>
internal sealed class FieldPlan
{
    private readonly Lock _lock = new();
    private SelectionPlan? _objectPlan;
    private Dictionary<ObjectType, SelectionPlan>? _abstractPlans;
    private AccessorCache? _accessor;
    private ValueTypeCache? _lastValueType;

    public FieldPlan(int id, string responseName, FieldDefinition field, FieldNode[] nodes, ObjectType parentType, FieldKind kind)
    {
        Id = id;
        ResponseName = responseName;
        EncodedName = JsonEncodedText.Encode(responseName, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        Field = field;
        Nodes = nodes;
        ParentType = parentType;
        Kind = kind;
        IsNonNull = field.Type is NonNullType;
        UsesVariables = nodes[0].Arguments.Any(a => ContainsVariable(a.Value));
    }

    public int Id { get; }

    public string ResponseName { get; }

    public JsonEncodedText EncodedName { get; }

    public FieldDefinition Field { get; }

    public FieldNode[] Nodes { get; }

    public ObjectType ParentType { get; }

    public FieldKind Kind { get; }

    public bool IsNonNull { get; }

    public bool UsesVariables { get; }

    /// <summary>Arguments coerced without variables, shared by every execution; set by the planner.</summary>
    public IReadOnlyDictionary<string, object?>? StaticArguments { get; set; }

    /// <summary>
    /// Whether a resolved value may be a task. Checked per value type once and remembered, because looking up
    /// awaitable adapters for every boxed int or list would dominate the execution of large results.
    /// </summary>
    public bool MayBeAwaitable(object value)
    {
        if (value is Task)
        {
            return true;
        }

        var type = value.GetType();
        var last = _lastValueType;
        if (last is not null && last.Type == type)
        {
            return last.Awaitable;
        }

        var awaitable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>) || type == typeof(ValueTask);
        _lastValueType = new ValueTypeCache(type, awaitable);
        return awaitable;
    }

    public MemberAccessor Accessor(Type clrType)
    {
        var cache = _accessor;
        if (cache is not null && cache.Type == clrType)
        {
            return cache.Accessor;
        }

        var accessor = MemberAccessors.For(clrType, Field.Name);
        _accessor = new AccessorCache(clrType, accessor);
        return accessor;
    }

    public SelectionPlan SubPlan(ObjectType type, PlanBuilder builder)
    {
        if (Field.Type.NamedType is ObjectType)
        {
            return _objectPlan ?? BuildObjectPlan(type, builder);
        }

        lock (_lock)
        {
            _abstractPlans ??= [];
            if (!_abstractPlans.TryGetValue(type, out var plan))
            {
                _abstractPlans[type] = plan = builder.Build(type, Nodes.Select(n => n.SelectionSet!));
            }

            return plan;
        }
    }

    private SelectionPlan BuildObjectPlan(ObjectType type, PlanBuilder builder)
    {
        lock (_lock)
        {
            return _objectPlan ??= builder.Build(type, Nodes.Select(n => n.SelectionSet!));
        }
    }

    private static bool ContainsVariable(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };

    private sealed record AccessorCache(Type Type, MemberAccessor Accessor);

    private sealed record ValueTypeCache(Type Type, bool Awaitable);
}
