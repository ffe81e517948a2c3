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
