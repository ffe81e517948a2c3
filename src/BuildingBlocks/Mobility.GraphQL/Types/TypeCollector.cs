namespace Mobility.GraphQL.Types;

/// <summary>
/// Orders a schema's named types the way graphql-js does (each listed type re-added after its references
/// are collected), so our SDL, introspection answer and graphql-js's agree on order.
/// </summary>
internal sealed class TypeCollector
{
    private readonly List<NamedType> _order = [];
    private readonly HashSet<NamedType> _seen = [];

    public IReadOnlyList<NamedType> Order => _order;

    public void AddDefined(IEnumerable<NamedType> types)
    {
        var defined = types.ToList();
        foreach (var type in defined)
        {
            if (_seen.Add(type))
            {
                _order.Add(type);
            }
        }

        foreach (var type in defined)
        {
            _seen.Remove(type);
            _order.Remove(type);
            Collect(type);
        }
    }

    public void Collect(GraphQLType reference)
    {
        var type = reference.NamedType;
        if (!_seen.Add(type))
        {
            return;
        }

        _order.Add(type);
        switch (type)
        {
            case UnionType union:
                union.Types.ForEach(Collect);
                break;
            case ComplexType complex:
                complex.Interfaces.ForEach(Collect);
                foreach (var field in complex.Fields)
                {
                    Collect(field.Type);
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type);
                    }
                }

                break;
            case InputObjectType input:
                input.Fields.ForEach(f => Collect(f.Type));
                break;
        }
    }
}
