using Mobility.GraphQL.Language.Ast;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.5.2.3 Fragment Spread Is Possible.</summary>
internal sealed class PossibleFragmentSpreadsRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        if (Context.Type?.NamedType is { IsComposite: true } fragmentType && Context.ParentType is { } parentType
            && !Context.Schema.DoTypesOverlap(fragmentType, parentType))
        {
            Report($"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);
        }
    }

    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        var name = node.Name.Value;
        if (Context.Fragment(name) is { } fragment && Context.Schema.Type(fragment.TypeCondition.Name.Value) is NamedType { IsComposite: true } fragmentType
            && Context.ParentType is { } parentType && !Context.Schema.DoTypesOverlap(fragmentType, parentType))
        {
            Report($"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);
        }
    }
}
