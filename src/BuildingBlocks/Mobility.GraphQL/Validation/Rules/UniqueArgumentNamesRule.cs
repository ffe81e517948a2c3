using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.4.2 Argument Uniqueness.</summary>
internal sealed class UniqueArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Report($"There can be only one argument named \"{group.Key}\".", [.. group.Select(a => a.Name)]);
        }
    }
}
