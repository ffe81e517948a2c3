using Mobility.GraphQL.Language.Ast;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>
/// §5.3.2 Field Selection Merging: fields with the same response name must be the same field with the same
/// arguments (unless their parents are different object types) and have shapes that can merge.
/// Fragment pairs already compared are cached so the check stays polynomial.
/// </summary>
internal sealed class OverlappingFieldsCanBeMergedRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<SelectionSetNode, FieldsAndFragments> _cache = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];
    private readonly Dictionary<FieldMap, HashSet<string>> _comparedFragmentsForFields = new(ReferenceEqualityComparer.Instance);

    public override void EnterSelectionSet(SelectionSetNode node)
    {
        foreach (var conflict in FindConflictsWithin(Context.ParentType, node))
        {
            Report($"Fields \"{conflict.ResponseName}\" conflict because {ReasonMessage(conflict.Reason)}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1, .. conflict.Fields2]);
        }
    }

    private static string ReasonMessage(object reason) => reason is List<Conflict> subConflicts
        ? string.Join(" and ", subConflicts.Select(c => $"subfields \"{c.ResponseName}\" conflict because {ReasonMessage(c.Reason)}"))
        : (string)reason;

    private List<Conflict> FindConflictsWithin(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var (fieldMap, fragmentNames) = FieldsAndFragmentNames(parentType, selectionSet);
        foreach (var (responseName, fields) in fieldMap)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    AddIfConflict(conflicts, false, responseName, fields[i], fields[j]);
                }
            }
        }

        for (var i = 0; i < fragmentNames.Count; i++)
        {
            BetweenFieldsAndFragment(conflicts, false, fieldMap, fragmentNames[i]);
            for (var j = i + 1; j < fragmentNames.Count; j++)
            {
                BetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
            }
        }

        return conflicts;
    }

    private void BetweenFieldsAndFragment(List<Conflict> conflicts, bool mutuallyExclusive, FieldMap fieldMap, string fragmentName)
    {
        if (!_comparedFragmentsForFields.TryGetValue(fieldMap, out var compared))
        {
            _comparedFragmentsForFields[fieldMap] = compared = new HashSet<string>(StringComparer.Ordinal);
        }

        if (!compared.Add(fragmentName) || Context.Fragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var (fieldMap2, referenced) = ReferencedFieldsAndFragmentNames(fragment);
        if (ReferenceEquals(fieldMap, fieldMap2))
        {
            return;
        }

        Between(conflicts, mutuallyExclusive, fieldMap, fieldMap2);
        foreach (var name in referenced)
        {
            BetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap, name);
        }
    }

    private void BetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string name1, string name2)
    {
        if (name1 == name2)
        {
            return;
        }

        if (_comparedFragmentPairs.TryGetValue((name1, name2), out var wasExclusive) && (mutuallyExclusive || !wasExclusive))
        {
            return;
        }

        _comparedFragmentPairs[(name1, name2)] = _comparedFragmentPairs[(name2, name1)] = mutuallyExclusive;
        if (Context.Fragment(name1) is not { } fragment1 || Context.Fragment(name2) is not { } fragment2)
        {
            return;
        }

        var (fieldMap1, referenced1) = ReferencedFieldsAndFragmentNames(fragment1);
        var (fieldMap2, referenced2) = ReferencedFieldsAndFragmentNames(fragment2);
        Between(conflicts, mutuallyExclusive, fieldMap1, fieldMap2);
        foreach (var name in referenced2)
        {
            BetweenFragments(conflicts, mutuallyExclusive, name1, name);
        }

        foreach (var name in referenced1)
        {
            BetweenFragments(conflicts, mutuallyExclusive, name, name2);
        }
    }

    private List<Conflict> BetweenSubSelectionSets(bool mutuallyExclusive, NamedType? type1, SelectionSetNode set1, NamedType? type2, SelectionSetNode set2)
    {
        var conflicts = new List<Conflict>();
        var (fieldMap1, names1) = FieldsAndFragmentNames(type1, set1);
        var (fieldMap2, names2) = FieldsAndFragmentNames(type2, set2);
        Between(conflicts, mutuallyExclusive, fieldMap1, fieldMap2);
        foreach (var name in names2)
        {
            BetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap1, name);
        }

        foreach (var name in names1)
        {
            BetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap2, name);
        }

        foreach (var name1 in names1)
        {
            foreach (var name2 in names2)
            {
                BetweenFragments(conflicts, mutuallyExclusive, name1, name2);
            }
        }

        return conflicts;
    }

    private void Between(List<Conflict> conflicts, bool mutuallyExclusive, FieldMap fieldMap1, FieldMap fieldMap2)
    {
        foreach (var (responseName, fields1) in fieldMap1)
        {
            if (!fieldMap2.TryGetValue(responseName, out var fields2))
            {
                continue;
            }

            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    AddIfConflict(conflicts, mutuallyExclusive, responseName, field1, field2);
                }
            }
        }
    }

    private void AddIfConflict(List<Conflict> conflicts, bool parentsMutuallyExclusive, string responseName, FieldInfo field1, FieldInfo field2)
    {
        if (FindConflict(parentsMutuallyExclusive, responseName, field1, field2) is { } conflict)
        {
            conflicts.Add(conflict);
        }
    }

    private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldInfo field1, FieldInfo field2)
    {
        var mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        var (node1, node2) = (field1.Node, field2.Node);
        if (!mutuallyExclusive)
        {
            if (node1.Name.Value != node2.Name.Value)
            {
                return new Conflict(responseName, $"\"{node1.Name.Value}\" and \"{node2.Name.Value}\" are different fields", [node1], [node2]);
            }

            if (!SameArguments(node1.Arguments, node2.Arguments))
            {
                return new Conflict(responseName, "they have differing arguments", [node1], [node2]);
            }
        }

        var (type1, type2) = (field1.Definition?.Type, field2.Definition?.Type);
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is null || node2.SelectionSet is null)
        {
            return null;
        }

        var sub = BetweenSubSelectionSets(mutuallyExclusive, type1?.NamedType, node1.SelectionSet, type2?.NamedType, node2.SelectionSet);
        return sub.Count == 0
            ? null
            : new Conflict(responseName, sub, [node1, .. sub.SelectMany(c => c.Fields1)], [node2, .. sub.SelectMany(c => c.Fields2)]);
    }

    private static bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2) =>
        arguments1.Count == arguments2.Count && arguments1.All(a1 =>
            arguments2.FirstOrDefault(a2 => a2.Name.Value == a1.Name.Value) is { } a2
            && Language.Printer.Print(a1.Value) == Language.Printer.Print(a2.Value));

    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2) => (type1, type2) switch
    {
        (ListType l1, ListType l2) => DoTypesConflict(l1.OfType, l2.OfType),
        (ListType, _) or (_, ListType) => true,
        (NonNullType n1, NonNullType n2) => DoTypesConflict(n1.OfType, n2.OfType),
        (NonNullType, _) or (_, NonNullType) => true,
        _ when type1.IsLeaf || type2.IsLeaf => !ReferenceEquals(type1, type2),
        _ => false,
    };

    private FieldsAndFragments ReferencedFieldsAndFragmentNames(FragmentDefinitionNode fragment) =>
        FieldsAndFragmentNames(Context.Schema.Type(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private FieldsAndFragments FieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_cache.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var fieldMap = new FieldMap();
        var fragmentNames = new List<string>();
        Collect(parentType, selectionSet, fieldMap, fragmentNames);
        return _cache[selectionSet] = new FieldsAndFragments(fieldMap, fragmentNames);
    }

    private void Collect(NamedType? parentType, SelectionSetNode selectionSet, FieldMap fieldMap, List<string> fragmentNames)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is ComplexType ? Context.Schema.FieldOf(parentType, field.Name.Value) : null;
                    if (!fieldMap.TryGetValue(field.ResponseName, out var list))
                    {
                        fieldMap[field.ResponseName] = list = [];
                    }

                    list.Add(new FieldInfo(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (!fragmentNames.Contains(spread.Name.Value))
                    {
                        fragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var conditionType = inline.TypeCondition is null ? parentType : Context.Schema.Type(inline.TypeCondition.Name.Value);
                    Collect(conditionType, inline.SelectionSet, fieldMap, fragmentNames);
                    break;
            }
        }
    }

    private sealed class FieldMap : Dictionary<string, List<FieldInfo>>
    {
        public FieldMap()
            : base(StringComparer.Ordinal)
        {
        }
    }

    private sealed record FieldInfo(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition);

    private sealed record FieldsAndFragments(FieldMap FieldMap, List<string> FragmentNames);

    /// <summary>Reason is a message, or the list of conflicting subfields.</summary>
    private sealed record Conflict(string ResponseName, object Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);
}
