namespace Mobility.GraphQL.Types;

/// <summary>Any type reference: a named type or a list/non-null wrapper. ToString() prints it as in SDL.</summary>
internal abstract class GraphQLType
{
    public abstract TypeKind Kind { get; }

    public NamedType NamedType => this switch
    {
        ListType list => list.OfType.NamedType,
        NonNullType nonNull => nonNull.OfType.NamedType,
        _ => (NamedType)this,
    };

    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    public bool IsInputType => NamedType.Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    public bool IsOutputType => NamedType.Kind is not TypeKind.InputObject;

    public bool IsLeaf => Kind is TypeKind.Scalar or TypeKind.Enum;

    public bool IsComposite => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    public bool IsAbstract => Kind is TypeKind.Interface or TypeKind.Union;

    /// <summary>§3.4 type equality: same wrappers around the same named type.</summary>
    public static bool AreEqual(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (ListType x, ListType y) => AreEqual(x.OfType, y.OfType),
        (NonNullType x, NonNullType y) => AreEqual(x.OfType, y.OfType),
        (NamedType x, NamedType y) => ReferenceEquals(x, y),
        _ => false,
    };
}

internal sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;

    public override TypeKind Kind => TypeKind.List;

    public override string ToString() => $"[{OfType}]";
}

internal sealed class NonNullType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;

    public override TypeKind Kind => TypeKind.NonNull;

    public override string ToString() => $"{OfType}!";
}
