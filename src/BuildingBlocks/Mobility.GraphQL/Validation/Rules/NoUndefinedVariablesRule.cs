using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.8.3 All Variable Uses Defined (including uses inside spread fragments).</summary>
internal sealed class NoUndefinedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    public override void LeaveOperation(OperationDefinitionNode node)
    {
        var defined = node.VariableDefinitions.Select(v => v.Variable.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var usage in Context.RecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (defined.Add(name))
            {
                Report(node.Name is null
                    ? $"Variable \"${name}\" is not defined."
                    : $"Variable \"${name}\" is not defined by operation \"{node.Name.Value}\".", usage.Node, node);
            }
        }
    }
}
