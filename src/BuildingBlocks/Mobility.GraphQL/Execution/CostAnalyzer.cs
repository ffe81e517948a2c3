using Mobility.GraphQL.Language.Ast;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Execution;

/// <summary>Computes an operation's field and type cost from the document, the schema and the variables.</summary>
internal sealed class CostAnalyzer(Schema schema, DocumentNode document, IReadOnlyDictionary<string, object?> variables, CostOptions options)
{
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments =
        document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value, StringComparer.Ordinal);

    public (double FieldCost, double TypeCost) Analyze(OperationDefinitionNode operation)
    {
        double fieldCost = 0, typeCost = 1; // the root object
        Visit(schema.RootType(operation.Operation), operation.SelectionSet, 1, ref fieldCost, ref typeCost, []);
        return (fieldCost, typeCost);
    }

    private void Visit(NamedType? parent, SelectionSetNode set, double multiplier, ref double fieldCost, ref double typeCost, HashSet<string> fragmentPath) =>
        Visit(parent, set, multiplier, ref fieldCost, ref typeCost, fragmentPath, null);

    // sized: below a connection field, the sized fields (edges, nodes) and the page size they get.
    private void Visit(NamedType? parent, SelectionSetNode set, double multiplier, ref double fieldCost, ref double typeCost, HashSet<string> fragmentPath, (string[] Fields, double Size)? sized)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field when schema.FieldOf(parent, field.Name.Value) is { } definition:
                    // Introspection answers from the schema in memory and is bounded by its size (HotChocolate does not
                    // cost it either); the switch to turn it off is EnableIntrospection.
                    if (definition.Type.NamedType.IsLeaf || field.Name.Value.StartsWith("__", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var size = definition.Type.Nullable is not ListType ? 1
                        : sized is { } outer && outer.Fields.Contains(field.Name.Value) ? outer.Size
                        : ListSize(field, ["first", "last"], options.AssumedListSize);
                    fieldCost += multiplier;
                    typeCost += multiplier * size;
                    if (field.SelectionSet is not null)
                    {
                        var inner = definition.ListSize is { } listSize
                            ? (listSize.SizedFields, ListSize(field, listSize.SlicingArguments, listSize.AssumedSize))
                            : ((string[], double)?)null;
                        Visit(definition.Type.NamedType, field.SelectionSet, multiplier * size, ref fieldCost, ref typeCost, fragmentPath, inner);
                    }

                    break;
                case InlineFragmentNode inline:
                    var type = inline.TypeCondition is null ? parent : schema.Type(inline.TypeCondition.Name.Value);
                    Visit(type, inline.SelectionSet, multiplier, ref fieldCost, ref typeCost, fragmentPath, sized);
                    break;
                case FragmentSpreadNode spread when fragmentPath.Add(spread.Name.Value) && _fragments.TryGetValue(spread.Name.Value, out var fragment):
                    Visit(schema.Type(fragment.TypeCondition.Name.Value), fragment.SelectionSet, multiplier, ref fieldCost, ref typeCost, fragmentPath, sized);
                    fragmentPath.Remove(spread.Name.Value);
                    break;
            }
        }
    }

    /// <summary>The slicing argument (first or last) when given, else the assumed size.</summary>
    private double ListSize(FieldNode field, string[] slicingArguments, double assumedSize)
    {
        foreach (var argument in field.Arguments.Where(a => slicingArguments.Contains(a.Name.Value)))
        {
            var value = argument.Value switch
            {
                IntValueNode i => (object?)long.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture),
                VariableNode v => variables.GetValueOrDefault(v.Name.Value),
                _ => null,
            };
            if (value is int or long)
            {
                return Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return assumedSize;
    }
}
