namespace Mobility.GraphQL.Types;

/// <summary>§3.9 Enums. Each value maps to a runtime value (its name by default, or a C# enum member).</summary>
internal sealed class EnumType(string name, string? description = null) : NamedType(name, description)
{
    private readonly Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<object, EnumValueDefinition> _byValue = [];

    public override TypeKind Kind => TypeKind.Enum;

    public List<EnumValueDefinition> Values { get; } = [];

    public EnumValueDefinition? Value(string valueName) => _byName.GetValueOrDefault(valueName);

    public bool AddValue(EnumValueDefinition value)
    {
        if (!_byName.TryAdd(value.Name, value))
        {
            return false;
        }

        _byValue.TryAdd(value.Value, value);
        Values.Add(value);
        return true;
    }

    /// <summary>Rebuilds the runtime-value index after values were rebound to C# enum members.</summary>
    public void Reindex()
    {
        _byValue.Clear();
        foreach (var value in Values)
        {
            _byValue.TryAdd(value.Value, value);
        }
    }

    /// <summary>The value definition for a runtime value (its enum member or name), or null.</summary>
    public EnumValueDefinition? FromRuntime(object value) =>
        _byValue.GetValueOrDefault(value) ?? (value is string s ? Value(s) : null);
}

internal sealed class EnumValueDefinition(string name, object? value = null)
{
    public string Name { get; } = name;

    public object Value { get; internal set; } = value ?? name;

    public string? Description { get; internal set; }

    public string? DeprecationReason { get; internal set; }
}
