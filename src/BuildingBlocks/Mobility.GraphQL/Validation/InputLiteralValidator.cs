using Mobility.GraphQL.Language;
using Mobility.GraphQL.Language.Ast;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Validation;

/// <summary>
/// Checks a whole input literal against its expected type (§5.6), reporting every problem at the node
/// it concerns. Variables are not checked here (§5.8.5 does that).
/// </summary>
internal static class InputLiteralValidator
{
    public static void Validate(ValueNode node, GraphQLType type, Action<string, SyntaxNode> report)
    {
        if (node is VariableNode)
        {
            return;
        }

        if (type is NonNullType nonNull)
        {
            if (node is NullValueNode)
            {
                report($"Expected value of non-null type \"{type}\" not to be null.", node);
                return;
            }

            Validate(node, nonNull.OfType, report);
            return;
        }

        switch (node, type)
        {
            case (NullValueNode, _):
                return;
            case (ListValueNode list, ListType listType):
                foreach (var item in list.Values)
                {
                    Validate(item, listType.OfType, report);
                }

                return;
            case (_, ListType listType):
                Validate(node, listType.OfType, report);
                return;
            case (ObjectValueNode obj, InputObjectType input):
                ValidateObject(obj, input, report);
                return;
            case (_, InputObjectType):
                report($"Expected value of type \"{type}\" to be an object, found: {Printer.Print(node)}.", node);
                return;
            case (_, EnumType enumType):
                if (EnumError(enumType, node) is { } enumError)
                {
                    report(enumError, node);
                }

                return;
            case (_, ScalarType scalar):
                try
                {
                    scalar.ParseLiteral(node);
                }
                catch (CoercionException e)
                {
                    report(e.Message, node);
                }

                return;
        }
    }

    private static void ValidateObject(ObjectValueNode node, InputObjectType type, Action<string, SyntaxNode> report)
    {
        foreach (var field in type.Fields)
        {
            var fieldNode = node.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            if (fieldNode is null)
            {
                if (field.IsRequired)
                {
                    report($"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Printer.Print(node)}.", node);
                }
            }
            else
            {
                Validate(fieldNode.Value, field.Type, report);
            }
        }

        var known = new List<ObjectFieldNode>();
        foreach (var fieldNode in node.Fields)
        {
            if (type.Field(fieldNode.Name.Value) is null)
            {
                var hint = Suggestions.DidYouMean(Suggestions.For(fieldNode.Name.Value, type.Fields.Select(f => f.Name)));
                var found = hint.Length > 0 ? $".{hint} Found" : ", found";
                report($"Expected value of type \"{type.Name}\" not to include unknown field \"{fieldNode.Name.Value}\"{found}: {Printer.Print(node)}.", fieldNode);
            }
            else
            {
                known.Add(fieldNode);
            }
        }

        if (type.IsOneOf && (known.Count != 1 || known[0].Value is NullValueNode))
        {
            report($"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.", node);
        }
    }

    public static string? EnumError(EnumType type, ValueNode node)
    {
        var printed = Printer.Print(node);
        var hint = Suggestions.DidYouMean(Suggestions.For(printed, type.Values.Select(v => v.Name)), "the enum value");
        if (node is not EnumValueNode value)
        {
            return $"Enum \"{type.Name}\" cannot represent non-enum value: {printed}." + hint;
        }

        return type.Value(value.Value) is null ? $"Value \"{printed}\" does not exist in \"{type.Name}\" enum." + hint : null;
    }
}
