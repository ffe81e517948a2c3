using Mobility.GraphQL.Language;
using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.5.1.3 Fragments on Object, Interface or Union Types.</summary>
internal sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        if (node.TypeCondition is { } condition && Context.Schema.TypeFromAst(condition) is { IsComposite: false })
        {
            Report($"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition);
        }
    }

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        if (Context.Schema.TypeFromAst(node.TypeCondition) is { IsComposite: false })
        {
            Report($"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{Printer.Print(node.TypeCondition)}\".", node.TypeCondition);
        }
    }
}
