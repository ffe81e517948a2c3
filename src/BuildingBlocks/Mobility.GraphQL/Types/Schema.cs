namespace Mobility.GraphQL.Types;

/// <summary>
/// §3.3 A built schema: root operation types, every named type (in graphql-js's collection order,
/// which the SDL printer and introspection share) and the directives. Immutable once built.
/// </summary>
internal sealed class Schema
{
    private readonly Dictionary<string, NamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly Dictionary<NamedType, List<ObjectType>> _possibleTypes = [];
    private readonly Dictionary<InterfaceType, List<InterfaceType>> _interfaceImplementations = [];

    public Schema(
        ObjectType? query,
        ObjectType? mutation,
        ObjectType? subscription,
        IReadOnlyList<NamedType> types,
        IReadOnlyList<DirectiveDefinition> directives,
        string? description = null)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = description;
        Types = types;
        _types = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        Directives = directives;
        _directives = directives.ToDictionary(d => d.Name, StringComparer.Ordinal);
        var stringType = _types.GetValueOrDefault("String") ?? new Scalars.StringType();
        TypeNameField = new FieldDefinition("__typename", new NonNullType(stringType)) { Description = "The name of the current Object type at runtime." };
        if (_types.GetValueOrDefault("__Schema") is ObjectType schemaType && _types.GetValueOrDefault("__Type") is ObjectType typeType)
        {
            SchemaField = new FieldDefinition("__schema", new NonNullType(schemaType)) { Description = "Access the current type schema of this server." };
            TypeField = new FieldDefinition("__type", typeType)
            {
                Description = "Request the type information of a single type.",
                Arguments = [new InputValueDefinition("name", new NonNullType(stringType))],
            };
        }

        foreach (var type in types)
        {
            switch (type)
            {
                case UnionType union:
                    _possibleTypes[union] = [.. union.Types];
                    break;
                case ObjectType obj:
                    foreach (var iface in obj.Interfaces)
                    {
                        PossibleList(iface).Add(obj);
                    }

                    break;
                case InterfaceType iface:
                    PossibleList(iface);
                    foreach (var parent in iface.Interfaces)
                    {
                        ImplementationList(parent).Add(iface);
                    }

                    break;
            }
        }
    }

    public string? Description { get; }

    /// <summary>The schema-wide <c>@authorize</c> (code-first <c>RequireAuthenticatedUser</c>), printed on the schema definition.</summary>
    public IReadOnlyList<Authorization.AuthorizeRule> AuthorizeRules { get; internal set; } = [];

    /// <summary>§4.1 The __typename meta-field, available on every composite type.</summary>
    public FieldDefinition TypeNameField { get; }

    /// <summary>§4.2 The __schema meta-field of the query root (null when introspection types are absent).</summary>
    public FieldDefinition? SchemaField { get; }

    /// <summary>§4.2 The __type(name:) meta-field of the query root.</summary>
    public FieldDefinition? TypeField { get; }

    /// <summary>A field of a composite type, including the meta-fields (§4.1, §4.2).</summary>
    public FieldDefinition? FieldOf(NamedType? parentType, string name) => name switch
    {
        "__typename" when parentType is ComplexType or UnionType => TypeNameField,
        "__schema" when ReferenceEquals(parentType, Query) => SchemaField,
        "__type" when ReferenceEquals(parentType, Query) => TypeField,
        _ => (parentType as ComplexType)?.Field(name),
    };

    /// <summary>The schema type a type reference names, or null when a named type is unknown.</summary>
    public GraphQLType? TypeFromAst(Language.Ast.TypeNode node) => node switch
    {
        Language.Ast.ListTypeNode list => TypeFromAst(list.Type) is { } item ? new ListType(item) : null,
        Language.Ast.NonNullTypeNode nonNull => TypeFromAst(nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        Language.Ast.NamedTypeNode named => Type(named.Name.Value),
        _ => null,
    };

    public ObjectType? Query { get; }

    public ObjectType? Mutation { get; }

    public ObjectType? Subscription { get; }

    public IReadOnlyList<NamedType> Types { get; }

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public NamedType? Type(string name) => _types.GetValueOrDefault(name);

    public DirectiveDefinition? Directive(string name) => _directives.GetValueOrDefault(name);

    public ObjectType? RootType(Language.Ast.OperationType operation) => operation switch
    {
        Language.Ast.OperationType.Query => Query,
        Language.Ast.OperationType.Mutation => Mutation,
        _ => Subscription,
    };

    /// <summary>The object types an abstract type may resolve to, or the type itself for an object.</summary>
    public IReadOnlyList<ObjectType> PossibleTypes(NamedType type) => type switch
    {
        ObjectType obj => [obj],
        _ => _possibleTypes.TryGetValue(type, out var list) ? list : [],
    };

    /// <summary>Interfaces that implement the given interface.</summary>
    public IReadOnlyList<InterfaceType> InterfaceImplementations(InterfaceType type) =>
        _interfaceImplementations.TryGetValue(type, out var list) ? list : [];

    /// <summary>Whether <paramref name="maybeSub"/> is a member/implementation of the abstract type.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSub) => maybeSub switch
    {
        ObjectType obj => PossibleTypes(abstractType).Contains(obj),
        InterfaceType iface when abstractType is InterfaceType parent => InterfaceImplementations(parent).Contains(iface),
        _ => false,
    };

    /// <summary>§5.5.2.3 whether two composite types can share an object type.</summary>
    public bool DoTypesOverlap(NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.IsAbstract)
        {
            return b.IsAbstract ? PossibleTypes(a).Any(t => IsSubType(b, t)) : IsSubType(a, b);
        }

        return b.IsAbstract && IsSubType(b, a);
    }

    private List<ObjectType> PossibleList(NamedType type)
    {
        if (!_possibleTypes.TryGetValue(type, out var list))
        {
            _possibleTypes[type] = list = [];
        }

        return list;
    }

    private List<InterfaceType> ImplementationList(InterfaceType type)
    {
        if (!_interfaceImplementations.TryGetValue(type, out var list))
        {
            _interfaceImplementations[type] = list = [];
        }

        return list;
    }
}
