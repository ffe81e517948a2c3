using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.2.3.1 Single Root Field: a subscription selects exactly one root field, no introspection, no @skip/@include.</summary>
internal sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterOperation(OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || Context.Schema.Subscription is not { } root)
        {
            return;
        }

        var name = node.Name is null ? "Anonymous Subscription" : $"Subscription \"{node.Name.Value}\"";
        var fields = new List<(string ResponseName, List<FieldNode> Nodes)>();
        var conditionals = new List<DirectiveNode>();
        Collect(node.SelectionSet, root, fields, conditionals, []);
        if (conditionals.Count > 0)
        {
            Report($"{name} must not use `@skip` or `@include` directives in the top level selection.", [.. conditionals]);
            return;
        }

        if (fields.Count > 1)
        {
            Report($"{name} must select only one top level field.", [.. fields.Skip(1).SelectMany(f => f.Nodes)]);
        }

        foreach (var (_, nodes) in fields)
        {
            if (nodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                Report($"{name} must not select an introspection top level field.", [.. nodes]);
            }
        }
    }

    private void Collect(SelectionSetNode set, Types.ObjectType root, List<(string, List<FieldNode>)> fields, List<DirectiveNode> conditionals, HashSet<string> visited)
    {
        foreach (var selection in set.Selections)
        {
            conditionals.AddRange(selection.Directives.Where(d => d.Name.Value is "skip" or "include"));
            switch (selection)
            {
                case FieldNode field:
                    var index = fields.FindIndex(f => f.Item1 == field.ResponseName);
                    if (index < 0)
                    {
                        fields.Add((field.ResponseName, [field]));
                    }
                    else
                    {
                        fields[index].Item2.Add(field);
                    }

                    break;
                case InlineFragmentNode inline when Applies(inline.TypeCondition, root):
                    Collect(inline.SelectionSet, root, fields, conditionals, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && Context.Fragment(spread.Name.Value) is { } fragment
                    && Applies(fragment.TypeCondition, root):
                    Collect(fragment.SelectionSet, root, fields, conditionals, visited);
                    break;
            }
        }
    }

    private bool Applies(NamedTypeNode? condition, Types.ObjectType root) =>
        condition is null || Context.Schema.Type(condition.Name.Value) is { } type && (ReferenceEquals(type, root) || Context.Schema.IsSubType(type, root));
}
