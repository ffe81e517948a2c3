using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.2.1.1 Operation Name Uniqueness.</summary>
internal sealed class UniqueOperationNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override void EnterOperation(OperationDefinitionNode node)
    {
        if (node.Name is not { } name)
        {
            return;
        }

        if (_known.TryGetValue(name.Value, out var first))
        {
            Report($"There can be only one operation named \"{name.Value}\".", first, name);
        }
        else
        {
            _known[name.Value] = name;
        }
    }
}
