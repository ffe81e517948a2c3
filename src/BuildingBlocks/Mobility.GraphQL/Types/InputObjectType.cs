namespace Mobility.GraphQL.Types;

/// <summary>§3.10 Input objects, including §3.10.1 OneOf input objects.</summary>
internal sealed class InputObjectType(string name, string? description = null) : NamedType(name, description)
{
    private readonly Dictionary<string, InputValueDefinition> _byName = new(StringComparer.Ordinal);

    public override TypeKind Kind => TypeKind.InputObject;

    public List<InputValueDefinition> Fields { get; } = [];

    public bool IsOneOf { get; internal set; }

    public InputValueDefinition? Field(string fieldName) => _byName.GetValueOrDefault(fieldName);

    public bool AddField(InputValueDefinition field)
    {
        if (!_byName.TryAdd(field.Name, field))
        {
            return false;
        }

        Fields.Add(field);
        return true;
    }
}
