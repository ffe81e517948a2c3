using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.5.1.1 Fragment Name Uniqueness.</summary>
internal sealed class UniqueFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        if (_known.TryGetValue(node.Name.Value, out var first))
        {
            Report($"There can be only one fragment named \"{node.Name.Value}\".", first, node.Name);
        }
        else
        {
            _known[node.Name.Value] = node.Name;
        }
    }
}
