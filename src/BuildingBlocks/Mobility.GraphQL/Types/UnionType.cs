namespace Mobility.GraphQL.Types;

/// <summary>§3.8 Unions.</summary>
internal sealed class UnionType(string name, string? description = null) : NamedType(name, description)
{
    public override TypeKind Kind => TypeKind.Union;

    public List<ObjectType> Types { get; } = [];

    public Func<object, Schema, ObjectType?>? ResolveType { get; internal set; }

    /// <summary>Code-first: <see cref="ResolveType"/> maps a value's CLR class to its object type.</summary>
    public bool ResolvesByClrType { get; internal set; }
}
