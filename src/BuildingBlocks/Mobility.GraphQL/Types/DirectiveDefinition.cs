namespace Mobility.GraphQL.Types;

/// <summary>§3.13 A directive definition.</summary>
internal sealed class DirectiveDefinition(string name, IReadOnlyList<string> locations)
{
    public string Name { get; } = name;

    public string? Description { get; internal set; }

    public InputValueDefinition[] Arguments { get; internal set; } = [];

    public IReadOnlyList<string> Locations { get; } = locations;

    public bool IsRepeatable { get; internal set; }

    public InputValueDefinition? Argument(string argumentName) => Array.Find(Arguments, a => a.Name == argumentName);
}
