using Mobility.GraphQL.Execution;
using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation;

/// <summary>Server policies checked with validation: introspection switched off, and the execution depth limit.</summary>
internal static class ExtraRules
{
    public static IEnumerable<ValidationError> Check(DocumentNode document, ExecutorOptions options)
    {
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value, StringComparer.Ordinal);
        foreach (var operation in document.Definitions.OfType<OperationDefinitionNode>())
        {
            if (!options.EnableIntrospection && FindIntrospection(operation.SelectionSet, fragments, []) is { } field)
            {
                yield return ValidationError.At("Introspection is disabled for this endpoint.", field);
            }

            if (options.MaxExecutionDepth is { } max && Depth(operation.SelectionSet, fragments, []) > max)
            {
                yield return ValidationError.At($"The operation exceeds the maximum allowed depth of {max}.", operation);
            }
        }
    }

    private static FieldNode? FindIntrospection(SelectionSetNode set, Dictionary<string, FragmentDefinitionNode> fragments, HashSet<string> seen)
    {
        foreach (var selection in set.Selections)
        {
            var found = selection switch
            {
                FieldNode { Name.Value: "__schema" or "__type" } field => field,
                InlineFragmentNode inline => FindIntrospection(inline.SelectionSet, fragments, seen),
                FragmentSpreadNode spread when seen.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var f) =>
                    FindIntrospection(f.SelectionSet, fragments, seen),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static int Depth(SelectionSetNode set, Dictionary<string, FragmentDefinitionNode> fragments, HashSet<string> path)
    {
        var max = 0;
        foreach (var selection in set.Selections)
        {
            var depth = selection switch
            {
                FieldNode { SelectionSet: { } child } => 1 + Depth(child, fragments, path),
                FieldNode => 1,
                InlineFragmentNode inline => Depth(inline.SelectionSet, fragments, path),
                FragmentSpreadNode spread when path.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var f) =>
                    DepthAndLeave(f, fragments, path),
                _ => 0,
            };
            max = Math.Max(max, depth);
        }

        return max;
    }

    private static int DepthAndLeave(FragmentDefinitionNode fragment, Dictionary<string, FragmentDefinitionNode> fragments, HashSet<string> path)
    {
        var depth = Depth(fragment.SelectionSet, fragments, path);
        path.Remove(fragment.Name.Value);
        return depth;
    }
}
