using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.5.2.2 Fragment Spreads Must Not Form Cycles (each cycle reported once).</summary>
internal sealed class NoFragmentCyclesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _path = [];
    private readonly Dictionary<string, int> _pathIndex = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node) => Detect(node);

    private void Detect(FragmentDefinitionNode fragment)
    {
        var name = fragment.Name.Value;
        if (!_visited.Add(name))
        {
            return;
        }

        var spreads = Context.FragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        _pathIndex[name] = _path.Count;
        foreach (var spread in spreads)
        {
            var spreadName = spread.Name.Value;
            _path.Add(spread);
            if (!_pathIndex.TryGetValue(spreadName, out var cycleIndex))
            {
                if (Context.Fragment(spreadName) is { } target)
                {
                    Detect(target);
                }
            }
            else
            {
                var cyclePath = _path.Skip(cycleIndex).ToList();
                var via = string.Join(", ", cyclePath.Take(cyclePath.Count - 1).Select(s => $"\"{s.Name.Value}\""));
                Report($"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."), [.. cyclePath]);
            }

            _path.RemoveAt(_path.Count - 1);
        }

        _pathIndex.Remove(name);
    }
}
