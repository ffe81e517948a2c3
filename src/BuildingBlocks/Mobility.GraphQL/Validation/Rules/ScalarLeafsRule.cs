using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.3.3 Leaf Field Selections.</summary>
internal sealed class ScalarLeafsRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterField(FieldNode node)
    {
        if (Context.Type is not { } type)
        {
            return;
        }

        var name = node.Name.Value;
        if (type.NamedType.IsLeaf)
        {
            if (node.SelectionSet is not null)
            {
                Report($"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", node.SelectionSet);
            }
        }
        else if (node.SelectionSet is null)
        {
            Report($"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", node);
        }
        else if (node.SelectionSet.Selections.Count == 0)
        {
            Report($"Field \"{name}\" of type \"{type}\" must have at least one field selected.", node);
        }
    }
}
