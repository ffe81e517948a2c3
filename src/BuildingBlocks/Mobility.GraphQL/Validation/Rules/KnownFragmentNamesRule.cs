using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.5.2.1 Fragment Spread Target Defined.</summary>
internal sealed class KnownFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        if (Context.Fragment(node.Name.Value) is null)
        {
            Report($"Unknown fragment \"{node.Name.Value}\".", node.Name);
        }
    }
}
