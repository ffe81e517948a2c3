using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.2.2.1 Lone Anonymous Operation.</summary>
internal sealed class LoneAnonymousOperationRule(ValidationContext context) : ValidationRule(context)
{
    private int _operationCount;

    public override void EnterDocument(DocumentNode node) => _operationCount = node.Definitions.OfType<OperationDefinitionNode>().Count();

    public override void EnterOperation(OperationDefinitionNode node)
    {
        if (node.Name is null && _operationCount > 1)
        {
            Report("This anonymous operation must be the only defined operation.", node);
        }
    }
}
