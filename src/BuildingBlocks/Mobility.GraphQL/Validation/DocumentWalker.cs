using Mobility.GraphQL.Language.Ast;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Validation;

/// <summary>
/// Visits a document in graphql-js's order, keeping the type information of <see cref="ValidationContext"/>
/// current, and calls every rule at each node.
/// </summary>
internal sealed class DocumentWalker(ValidationContext context, IReadOnlyList<ValidationRule> rules)
{
    private Schema Schema => context.Schema;

    public void Walk(DocumentNode document)
    {
        foreach (var rule in rules)
        {
            rule.EnterDocument(document);
        }

        foreach (var definition in document.Definitions)
        {
            WalkDefinition(definition);
        }

        foreach (var rule in rules)
        {
            rule.LeaveDocument(document);
        }
    }

    public void WalkDefinition(DefinitionNode definition)
    {
        foreach (var rule in rules)
        {
            rule.EnterDefinition(definition);
        }

        switch (definition)
        {
            case OperationDefinitionNode operation:
                context.Type = Schema.RootType(operation.Operation);
                foreach (var rule in rules)
                {
                    rule.EnterOperation(operation);
                }

                foreach (var variable in operation.VariableDefinitions)
                {
                    WalkVariableDefinition(variable);
                }

                WalkDirectives(operation.Directives, operation.Operation.Keyword().ToUpperInvariant());
                WalkSelectionSet(operation.SelectionSet);
                foreach (var rule in rules)
                {
                    rule.LeaveOperation(operation);
                }

                break;
            case FragmentDefinitionNode fragment:
                context.Type = Schema.Type(fragment.TypeCondition.Name.Value) is { IsOutputType: true } t ? t : null;
                foreach (var rule in rules)
                {
                    rule.EnterFragmentDefinition(fragment);
                }

                WalkNamedType(fragment.TypeCondition, false);
                WalkDirectives(fragment.Directives, "FRAGMENT_DEFINITION");
                WalkSelectionSet(fragment.SelectionSet);
                foreach (var rule in rules)
                {
                    rule.LeaveFragmentDefinition(fragment);
                }

                break;
            default:
                foreach (var named in TypeSystemNamedTypes.In(definition))
                {
                    WalkNamedType(named, true);
                }

                break;
        }

        context.Type = null;
    }

    private void WalkVariableDefinition(VariableDefinitionNode variable)
    {
        var type = Schema.TypeFromAst(variable.Type);
        context.InputType = type is { IsInputType: true } ? type : null;
        foreach (var rule in rules)
        {
            rule.EnterVariableDefinition(variable);
        }

        WalkNamedType(variable.Type.NamedType, false);
        if (variable.DefaultValue is not null)
        {
            WalkValue(variable.DefaultValue);
        }

        context.InputType = null;
        WalkDirectives(variable.Directives, "VARIABLE_DEFINITION");
    }

    private void WalkNamedType(NamedTypeNode node, bool inTypeSystemDefinition)
    {
        foreach (var rule in rules)
        {
            rule.EnterNamedType(node, inTypeSystemDefinition);
        }
    }

    private void WalkSelectionSet(SelectionSetNode selectionSet)
    {
        var savedParent = context.ParentType;
        var named = context.Type?.NamedType;
        context.ParentType = named is { IsComposite: true } ? named : null;
        foreach (var rule in rules)
        {
            rule.EnterSelectionSet(selectionSet);
        }

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    WalkField(field);
                    break;
                case InlineFragmentNode inline:
                    WalkInlineFragment(inline);
                    break;
                case FragmentSpreadNode spread:
                    foreach (var rule in rules)
                    {
                        rule.EnterFragmentSpread(spread);
                    }

                    WalkDirectives(spread.Directives, "FRAGMENT_SPREAD");
                    break;
            }
        }

        context.ParentType = savedParent;
    }

    private void WalkField(FieldNode field)
    {
        var (savedType, savedField) = (context.Type, context.FieldDefinition);
        var definition = Schema.FieldOf(context.ParentType, field.Name.Value);
        context.FieldDefinition = definition;
        context.Type = definition?.Type;
        foreach (var rule in rules)
        {
            rule.EnterField(field);
        }

        WalkArguments(field.Arguments, definition?.Arguments);
        WalkDirectives(field.Directives, "FIELD");
        if (field.SelectionSet is not null)
        {
            WalkSelectionSet(field.SelectionSet);
        }

        foreach (var rule in rules)
        {
            rule.LeaveField(field);
        }

        (context.Type, context.FieldDefinition) = (savedType, savedField);
    }

    private void WalkInlineFragment(InlineFragmentNode inline)
    {
        var savedType = context.Type;
        var type = inline.TypeCondition is null ? context.Type?.NamedType : Schema.Type(inline.TypeCondition.Name.Value);
        context.Type = type is { IsOutputType: true } ? type : null;
        foreach (var rule in rules)
        {
            rule.EnterInlineFragment(inline);
        }

        if (inline.TypeCondition is not null)
        {
            WalkNamedType(inline.TypeCondition, false);
        }

        WalkDirectives(inline.Directives, "INLINE_FRAGMENT");
        WalkSelectionSet(inline.SelectionSet);
        context.Type = savedType;
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives, string location)
    {
        if (directives.Count == 0)
        {
            return;
        }

        foreach (var rule in rules)
        {
            rule.EnterDirectives(directives);
        }

        foreach (var directive in directives)
        {
            var definition = Schema.Directive(directive.Name.Value);
            context.Directive = definition;
            foreach (var rule in rules)
            {
                rule.EnterDirective(directive, location);
            }

            WalkArguments(directive.Arguments, definition?.Arguments);
            context.Directive = null;
        }
    }

    private void WalkArguments(IReadOnlyList<ArgumentNode> arguments, InputValueDefinition[]? definitions)
    {
        foreach (var rule in rules)
        {
            rule.EnterArguments(arguments);
        }

        foreach (var argument in arguments)
        {
            var definition = definitions is null ? null : Array.Find(definitions, d => d.Name == argument.Name.Value);
            var saved = Save();
            context.Argument = definition;
            context.ParentInputType = context.InputType;
            context.InputType = definition?.Type is { IsInputType: true } t ? t : null;
            context.HasDefaultValue = definition?.HasDefault == true;
            foreach (var rule in rules)
            {
                rule.EnterArgument(argument);
            }

            WalkValue(argument.Value);
            Restore(saved);
            context.Argument = null;
        }
    }

    private void WalkValue(ValueNode value)
    {
        foreach (var rule in rules)
        {
            rule.EnterValue(value);
        }

        switch (value)
        {
            case ListValueNode list:
                var saved = Save();
                var listType = context.InputType?.Nullable;
                context.ParentInputType = context.InputType;
                context.InputType = listType is ListType l ? l.OfType : listType;
                context.HasDefaultValue = false;
                foreach (var item in list.Values)
                {
                    WalkValue(item);
                }

                Restore(saved);
                break;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                {
                    var savedField = Save();
                    var definition = (context.InputType?.NamedType as InputObjectType)?.Field(field.Name.Value);
                    context.ParentInputType = context.InputType;
                    context.InputType = definition?.Type is { IsInputType: true } t ? t : null;
                    context.HasDefaultValue = definition?.HasDefault == true;
                    foreach (var rule in rules)
                    {
                        rule.EnterObjectField(field);
                    }

                    WalkValue(field.Value);
                    Restore(savedField);
                }

                break;
        }
    }

    private (GraphQLType?, GraphQLType?, bool) Save() => (context.InputType, context.ParentInputType, context.HasDefaultValue);

    private void Restore((GraphQLType? Input, GraphQLType? Parent, bool HasDefault) saved) =>
        (context.InputType, context.ParentInputType, context.HasDefaultValue) = saved;
}
