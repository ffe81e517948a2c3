using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.8.4 All Variables Used.</summary>
internal sealed class NoUnusedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    public override void LeaveOperation(OperationDefinitionNode node)
    {
        var used = Context.RecursiveVariableUsages(node).Select(u => u.Node.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var definition in node.VariableDefinitions.Where(d => !used.Contains(d.Variable.Name.Value)))
        {
            var name = definition.Variable.Name.Value;
            Report(node.Name is null
                ? $"Variable \"${name}\" is never used."
                : $"Variable \"${name}\" is never used in operation \"{node.Name.Value}\".", definition);
        }
    }
}
