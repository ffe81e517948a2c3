using Mobility.GraphQL.Language.Ast;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Execution.Planning;

/// <summary>
/// §6.3.2 CollectFields with the @skip/@include conditions of one set of variable values,
/// turning selection sets into <see cref="SelectionPlan"/>s.
/// </summary>
internal sealed class PlanBuilder(Schema schema, DocumentNode document, IReadOnlyDictionary<string, bool> conditions)
{
    private int _nextId;

    public int FieldCount => _nextId;

    public SelectionPlan Build(ObjectType type, IEnumerable<SelectionSetNode> selectionSets)
    {
        var grouped = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in selectionSets)
        {
            Collect(type, set, grouped, order, visited);
        }

        var fields = new FieldPlan[order.Count];
        for (var i = 0; i < order.Count; i++)
        {
            var nodes = grouped[order[i]];
            var name = nodes[0].Name.Value;
            var definition = schema.FieldOf(type, name)
                ?? throw new InvalidOperationException($"Field {type.Name}.{name} does not exist; the document was not validated.");
            var kind = name switch
            {
                "__typename" => FieldKind.TypeName,
                "__schema" when ReferenceEquals(definition, schema.SchemaField) => FieldKind.Schema,
                "__type" when ReferenceEquals(definition, schema.TypeField) => FieldKind.Type,
                _ => definition.Resolver is null ? FieldKind.Default : FieldKind.Resolver,
            };
            var plan = new FieldPlan(Interlocked.Increment(ref _nextId) - 1, order[i], definition, [.. nodes], type, kind);
            if (!plan.UsesVariables)
            {
                var arguments = ArgumentValues.Coerce(plan, null, out var error);
                plan.StaticArguments = error is null ? arguments : null; // an error is reported when the field runs
            }

            fields[i] = plan;
        }

        return new SelectionPlan(type, fields);
    }

    private void Collect(ObjectType type, SelectionSetNode set, Dictionary<string, List<FieldNode>> grouped, List<string> order, HashSet<string> visited)
    {
        foreach (var selection in set.Selections)
        {
            if (!ShouldInclude(selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    if (!grouped.TryGetValue(field.ResponseName, out var list))
                    {
                        grouped[field.ResponseName] = list = [];
                        order.Add(field.ResponseName);
                    }

                    list.Add(field);
                    break;
                case FragmentSpreadNode spread:
                    if (!visited.Add(spread.Name.Value))
                    {
                        continue;
                    }

                    var fragment = document.Definitions.OfType<FragmentDefinitionNode>().FirstOrDefault(f => f.Name.Value == spread.Name.Value);
                    if (fragment is not null && Applies(fragment.TypeCondition, type))
                    {
                        Collect(type, fragment.SelectionSet, grouped, order, visited);
                    }

                    break;
                case InlineFragmentNode inline when inline.TypeCondition is null || Applies(inline.TypeCondition, type):
                    Collect(type, inline.SelectionSet, grouped, order, visited);
                    break;
            }
        }
    }

    /// <summary>§6.3.2 DoesFragmentTypeApply.</summary>
    private bool Applies(NamedTypeNode condition, ObjectType type) =>
        schema.Type(condition.Name.Value) is { } conditionType
        && (ReferenceEquals(conditionType, type) || (conditionType.IsAbstract && schema.IsSubType(conditionType, type)));

    /// <summary>§3.13.2 @skip and §3.13.3 @include, with variables resolved through the condition map.</summary>
    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var value = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value;
            var condition = value switch
            {
                BooleanValueNode b => b.Value,
                VariableNode v => conditions.GetValueOrDefault(v.Name.Value),
                _ => false,
            };
            if (name == "skip" ? condition : !condition)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The variables whose values decide some @skip/@include in the document.</summary>
    public static List<string> ConditionVariables(DocumentNode document)
    {
        var names = new List<string>();
        Find(document.Definitions.OfType<ExecutableDefinitionNode>().Select(d => d.SelectionSet));
        return names;

        void Find(IEnumerable<SelectionSetNode> sets)
        {
            foreach (var selection in sets.SelectMany(s => s.Selections))
            {
                foreach (var directive in selection.Directives.Where(d => d.Name.Value is "skip" or "include"))
                {
                    if (directive.Arguments.Count > 0 && directive.Arguments[0].Value is VariableNode v && !names.Contains(v.Name.Value))
                    {
                        names.Add(v.Name.Value);
                    }
                }

                var child = selection switch
                {
                    FieldNode f => f.SelectionSet,
                    InlineFragmentNode i => i.SelectionSet,
                    _ => null,
                };
                if (child is not null)
                {
                    Find([child]);
                }
            }
        }
    }
}
