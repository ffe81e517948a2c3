using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.4.1 Argument Names, on fields and on directives.</summary>
internal sealed class KnownArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterArgument(ArgumentNode node)
    {
        if (Context.Argument is not null)
        {
            return;
        }

        var name = node.Name.Value;
        if (Context.Directive is { } directive)
        {
            Report($"Unknown argument \"{name}\" on directive \"@{directive.Name}\"."
                + Suggestions.DidYouMean(Suggestions.For(name, directive.Arguments.Select(a => a.Name))), node);
        }
        else if (Context.FieldDefinition is { } field && Context.ParentType is { } parent)
        {
            Report($"Unknown argument \"{name}\" on field \"{parent.Name}.{field.Name}\"."
                + Suggestions.DidYouMean(Suggestions.For(name, field.Arguments.Select(a => a.Name))), node);
        }
    }
}
