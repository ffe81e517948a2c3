using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.5.1.4 Fragments Must Be Used (reachable from some operation).</summary>
internal sealed class NoUnusedFragmentsRule(ValidationContext context) : ValidationRule(context)
{
    public override void LeaveDocument(DocumentNode node)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in node.Definitions.OfType<OperationDefinitionNode>())
        {
            foreach (var fragment in Context.RecursivelyReferencedFragments(operation))
            {
                used.Add(fragment.Name.Value);
            }
        }

        foreach (var fragment in node.Definitions.OfType<FragmentDefinitionNode>().Where(f => !used.Contains(f.Name.Value)))
        {
            Report($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
        }
    }
}
