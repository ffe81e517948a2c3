using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>
/// §5.6.1 Values of Correct Type, §5.6.2 Input Object Field Names, §5.6.4 Input Object Required Fields and
/// the OneOf literal checks, applied to each argument value and variable default as a whole.
/// </summary>
internal sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterArgument(ArgumentNode node)
    {
        if (Context.InputType is { } type)
        {
            InputLiteralValidator.Validate(node.Value, type, (message, at) => Report(message, at));
        }
    }

    public override void EnterVariableDefinition(VariableDefinitionNode node)
    {
        if (node.DefaultValue is not null && Context.InputType is { } type)
        {
            InputLiteralValidator.Validate(node.DefaultValue, type, (message, at) => Report(message, at));
        }
    }
}
