using Mobility.GraphQL.Language.Ast;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.3.1 Field Selections: the field exists on the type in scope.</summary>
internal sealed class FieldsOnCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterField(FieldNode node)
    {
        if (Context.ParentType is not { } type || Context.FieldDefinition is not null)
        {
            return;
        }

        var name = node.Name.Value;
        var hint = Suggestions.DidYouMean(SuggestedTypes(type, name), "to use an inline fragment on");
        if (hint.Length == 0 && type is ComplexType complex)
        {
            hint = Suggestions.DidYouMean(Suggestions.For(name, complex.Fields.Select(f => f.Name)));
        }

        Report($"Cannot query field \"{name}\" on type \"{type.Name}\"." + hint, node);
    }

    /// <summary>Types within an abstract type that do have the field: most implementations first, interfaces before objects.</summary>
    private List<string> SuggestedTypes(NamedType type, string fieldName)
    {
        if (!type.IsAbstract)
        {
            return [];
        }

        var usage = new Dictionary<ComplexType, int>();
        foreach (var possible in Context.Schema.PossibleTypes(type).Where(p => p.Field(fieldName) is not null))
        {
            usage[possible] = 1;
            foreach (var iface in possible.Interfaces.Where(i => i.Field(fieldName) is not null))
            {
                usage[iface] = usage.GetValueOrDefault(iface) + 1;
            }
        }

        var ordered = usage.Keys.ToList();
        ordered.Sort((a, b) =>
        {
            if (usage[b] != usage[a])
            {
                return usage[b] - usage[a];
            }

            if (a is InterfaceType && Context.Schema.IsSubType(a, b))
            {
                return -1;
            }

            return b is InterfaceType && Context.Schema.IsSubType(b, a) ? 1 : Suggestions.NaturalCompare(a.Name, b.Name);
        });
        return [.. ordered.Select(t => t.Name)];
    }
}
