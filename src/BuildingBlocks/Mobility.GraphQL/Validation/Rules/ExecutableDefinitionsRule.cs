using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.1.1 Executable Definitions.</summary>
internal sealed class ExecutableDefinitionsRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterDefinition(DefinitionNode node)
    {
        if (node is ExecutableDefinitionNode)
        {
            return;
        }

        var name = node switch
        {
            SchemaDefinitionNode => "schema",
            TypeDefinitionNode t => $"\"{t.Name.Value}\"",
            DirectiveDefinitionNode d => $"\"{d.Name.Value}\"",
            _ => "unknown",
        };
        Report($"The {name} definition is not executable.", node);
    }
}
