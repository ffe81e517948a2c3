using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.6.3 Input Object Field Uniqueness.</summary>
internal sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterValue(ValueNode node)
    {
        if (node is not ObjectValueNode obj)
        {
            return;
        }

        var seen = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            if (seen.TryGetValue(field.Name.Value, out var first))
            {
                Report($"There can be only one input field named \"{field.Name.Value}\".", first, field.Name);
            }
            else
            {
                seen[field.Name.Value] = field.Name;
            }
        }
    }
}
