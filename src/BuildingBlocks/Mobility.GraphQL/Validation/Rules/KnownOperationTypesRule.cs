using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.2.1.1 Operation Type Existence.</summary>
internal sealed class KnownOperationTypesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterOperation(OperationDefinitionNode node)
    {
        if (Context.Schema.RootType(node.Operation) is null)
        {
            Report($"The {node.Operation.Keyword()} operation is not supported by the schema.", node);
        }
    }
}
