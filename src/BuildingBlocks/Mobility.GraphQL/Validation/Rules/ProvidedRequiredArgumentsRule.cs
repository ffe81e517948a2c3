using Mobility.GraphQL.Language.Ast;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.4.2.1 Required Arguments, on fields and directives.</summary>
internal sealed class ProvidedRequiredArgumentsRule(ValidationContext context) : ValidationRule(context)
{
    public override void LeaveField(FieldNode node)
    {
        if (Context.FieldDefinition is not { } field)
        {
            return;
        }

        foreach (var argument in Missing(field.Arguments, node.Arguments))
        {
            Report($"Argument \"{field.DeclaringType?.Name ?? Context.ParentType?.Name}.{field.Name}({argument.Name}:)\" of type \"{argument.Type}\" is required, but it was not provided.", node);
        }
    }

    public override void EnterDirective(DirectiveNode node, string location)
    {
        if (Context.Directive is not { } directive)
        {
            return;
        }

        foreach (var argument in Missing(directive.Arguments, node.Arguments))
        {
            Report($"Argument \"@{directive.Name}({argument.Name}:)\" of type \"{argument.Type}\" is required, but it was not provided.", node);
        }
    }

    private static IEnumerable<InputValueDefinition> Missing(InputValueDefinition[] definitions, IReadOnlyList<ArgumentNode> provided) =>
        definitions.Where(d => d.IsRequired && !provided.Any(a => a.Name.Value == d.Name));
}
