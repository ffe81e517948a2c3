using Mobility.GraphQL.Language.Ast;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Execution;

/// <summary>
/// §6.4.1 coercion of literals already validated (§5.6): argument values, defaults, variables inside literals.
/// A variable that was not provided makes its object field or argument absent (<see cref="Absent"/>).
/// </summary>
internal static class LiteralValues
{
    public static readonly object Absent = new();

    public static object? Coerce(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is VariableNode variable)
        {
            return variables is not null && variables.TryGetValue(variable.Name.Value, out var value) ? value : Absent;
        }

        if (type is NonNullType nonNull)
        {
            type = nonNull.OfType;
        }

        switch (node, type)
        {
            case (NullValueNode, _):
                return null;
            case (ListValueNode list, ListType listType):
                var items = new List<object?>(list.Values.Count);
                foreach (var item in list.Values)
                {
                    var coerced = Coerce(item, listType.OfType, variables);
                    items.Add(ReferenceEquals(coerced, Absent) ? null : coerced);
                }

                return items;
            case (_, ListType listType):
                var single = Coerce(node, listType.OfType, variables);
                return ReferenceEquals(single, Absent) ? Absent : new List<object?> { single };
            case (ObjectValueNode obj, InputObjectType input):
                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in input.Fields)
                {
                    var fieldNode = obj.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
                    var value = fieldNode is null ? Absent : Coerce(fieldNode.Value, field.Type, variables);
                    if (ReferenceEquals(value, Absent) && field.DefaultValue is not null)
                    {
                        value = Coerce(field.DefaultValue, field.Type, null);
                    }

                    if (!ReferenceEquals(value, Absent))
                    {
                        result[field.Name] = value;
                    }
                }

                return result;
            case (EnumValueNode e, EnumType enumType):
                return enumType.Value(e.Value)?.Value ?? throw new CoercionException($"Value \"{e.Value}\" does not exist in \"{enumType.Name}\" enum.");
            case (_, ScalarType scalar):
                return scalar.ParseLiteral(node);
            default:
                throw new CoercionException($"Expected value of type \"{type}\", found {Language.Printer.Print(node)}.");
        }
    }
}
