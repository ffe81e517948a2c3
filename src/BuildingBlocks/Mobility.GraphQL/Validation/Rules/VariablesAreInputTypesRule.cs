using Mobility.GraphQL.Language;
using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.8.2 Variables Are Input Types.</summary>
internal sealed class VariablesAreInputTypesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterVariableDefinition(VariableDefinitionNode node)
    {
        if (Context.Schema.TypeFromAst(node.Type) is { IsInputType: false })
        {
            Report($"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(node.Type)}\".", node.Type);
        }
    }
}
