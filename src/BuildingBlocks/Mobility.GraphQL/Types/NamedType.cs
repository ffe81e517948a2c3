namespace Mobility.GraphQL.Types;

internal abstract class NamedType(string name, string? description) : GraphQLType
{
    public string Name { get; } = name;

    public string? Description { get; internal set; } = description;

    public override string ToString() => Name;
}
