namespace Mobility.GraphQL.Types;

/// <summary>Object and interface types: named fields and implemented interfaces (§3.6, §3.7).</summary>
internal abstract class ComplexType(string name, string? description) : NamedType(name, description)
{
    private readonly Dictionary<string, FieldDefinition> _byName = new(StringComparer.Ordinal);
    private readonly List<FieldDefinition> _fields = [];

    public IReadOnlyList<FieldDefinition> Fields => _fields;

    public List<InterfaceType> Interfaces { get; } = [];

    /// <summary>The type's own <c>[Authorize]</c> rules, applied to each of its fields (printed on the type).</summary>
    public List<Authorization.AuthorizeRule> AuthorizeRules { get; } = [];

    public FieldDefinition? Field(string fieldName) => _byName.GetValueOrDefault(fieldName);

    /// <summary>Adds a field; returns false when one with the same name exists.</summary>
    public bool AddField(FieldDefinition field, bool first = false)
    {
        if (!_byName.TryAdd(field.Name, field))
        {
            return false;
        }

        field.DeclaringType = this;
        _fields.Insert(first ? 0 : _fields.Count, field);
        return true;
    }
}

internal sealed class ObjectType(string name, string? description = null) : ComplexType(name, description)
{
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Optional check used to resolve abstract types, like graphql-js's isTypeOf.</summary>
    public Func<object, bool>? IsTypeOf { get; internal set; }
}

internal sealed class InterfaceType(string name, string? description = null) : ComplexType(name, description)
{
    public override TypeKind Kind => TypeKind.Interface;

    public Func<object, Schema, ObjectType?>? ResolveType { get; internal set; }

    /// <summary>Code-first: <see cref="ResolveType"/> maps a value's CLR class to its object type.</summary>
    public bool ResolvesByClrType { get; internal set; }
}
