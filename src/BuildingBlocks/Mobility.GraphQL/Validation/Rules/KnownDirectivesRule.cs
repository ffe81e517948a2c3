using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.7.1 Directives Are Defined and §5.7.2 Directives Are in Valid Locations.</summary>
internal sealed class KnownDirectivesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterDirective(DirectiveNode node, string location)
    {
        var name = node.Name.Value;
        if (Context.Directive is not { } definition)
        {
            Report($"Unknown directive \"@{name}\".", node);
        }
        else if (!definition.Locations.Contains(location))
        {
            Report($"Directive \"@{name}\" may not be used on {location}.", node);
        }
    }
}
