using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.7.3 Directives Are Unique per Location (repeatable ones excepted).</summary>
internal sealed class UniqueDirectivesPerLocationRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (Context.Schema.Directive(name) is not { IsRepeatable: false })
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                Report($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }
    }
}
