using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.8.1 Variable Uniqueness.</summary>
internal sealed class UniqueVariableNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterOperation(OperationDefinitionNode node)
    {
        foreach (var group in node.VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Report($"There can be only one variable named \"${group.Key}\".", [.. group.Select(v => v.Variable.Name)]);
        }
    }
}
