using Mobility.GraphQL.Language.Ast;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Validation;

/// <summary>
/// Shared state of one validation: the schema, the document, the errors, and the type information
/// (parent type, field, input type, directive, argument) at the node being visited.
/// </summary>
internal sealed class ValidationContext
{
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _spreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ExecutableDefinitionNode, List<FragmentDefinitionNode>> _recursiveFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ExecutableDefinitionNode, List<VariableUsage>> _usages = new(ReferenceEqualityComparer.Instance);

    public ValidationContext(Schema schema, DocumentNode document, int maxErrors)
    {
        Schema = schema;
        Document = document;
        MaxErrors = maxErrors;
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            _fragments.TryAdd(fragment.Name.Value, fragment);
        }
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public int MaxErrors { get; }

    public List<ValidationError> Errors { get; } = [];

    // Type information, maintained by DocumentWalker.
    public NamedType? ParentType { get; internal set; }

    public GraphQLType? Type { get; internal set; }

    public FieldDefinition? FieldDefinition { get; internal set; }

    public GraphQLType? InputType { get; internal set; }

    public GraphQLType? ParentInputType { get; internal set; }

    public object? DefaultValue { get; internal set; }

    public bool HasDefaultValue { get; internal set; }

    public DirectiveDefinition? Directive { get; internal set; }

    public InputValueDefinition? Argument { get; internal set; }

    public void Report(ValidationError error) => Errors.Add(error);

    public FragmentDefinitionNode? Fragment(string name) => _fragments.GetValueOrDefault(name);

    public List<FragmentSpreadNode> FragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var stack = new Stack<SelectionSetNode>([selectionSet]);
        while (stack.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } child }:
                        stack.Push(child);
                        break;
                    case InlineFragmentNode inline:
                        stack.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        return _spreads[selectionSet] = spreads;
    }

    /// <summary>Every fragment reachable from an operation or fragment, each once, in discovery order.</summary>
    public List<FragmentDefinitionNode> RecursivelyReferencedFragments(ExecutableDefinitionNode definition)
    {
        if (_recursiveFragments.TryGetValue(definition, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var toVisit = new Stack<SelectionSetNode>([definition.SelectionSet]);
        while (toVisit.TryPop(out var set))
        {
            foreach (var spread in FragmentSpreads(set))
            {
                if (collected.Add(spread.Name.Value) && Fragment(spread.Name.Value) is { } fragment)
                {
                    fragments.Add(fragment);
                    toVisit.Push(fragment.SelectionSet);
                }
            }
        }

        return _recursiveFragments[definition] = fragments;
    }

    /// <summary>Variable usages in a definition (not through spreads), with the input type expected at each.</summary>
    public List<VariableUsage> VariableUsages(ExecutableDefinitionNode definition)
    {
        if (!_usages.TryGetValue(definition, out var usages))
        {
            _usages[definition] = usages = VariableUsageCollector.Collect(this, definition);
        }

        return usages;
    }

    public List<VariableUsage> RecursiveVariableUsages(OperationDefinitionNode operation)
    {
        var usages = new List<VariableUsage>(VariableUsages(operation));
        foreach (var fragment in RecursivelyReferencedFragments(operation))
        {
            usages.AddRange(VariableUsages(fragment));
        }

        return usages;
    }
}

/// <summary>A $variable in a value position, the type expected there, and whether that position has a default.</summary>
internal sealed record VariableUsage(VariableNode Node, GraphQLType? Type, bool HasLocationDefault, GraphQLType? ParentType);
