using Mobility.GraphQL.Execution.Planning;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Execution;

/// <summary>§6.4.1 CoerceArgumentValues for one field.</summary>
internal static class ArgumentValues
{
    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Coerce(FieldPlan plan, IReadOnlyDictionary<string, object?>? variables, out string? error)
    {
        error = null;
        var definitions = plan.Field.Arguments;
        if (definitions.Length == 0)
        {
            return Empty;
        }

        var result = new Dictionary<string, object?>(definitions.Length, StringComparer.Ordinal);
        var nodes = plan.Nodes[0].Arguments;
        foreach (var definition in definitions)
        {
            object? value = LiteralValues.Absent;
            var node = nodes.FirstOrDefault(n => n.Name.Value == definition.Name);
            if (node is not null)
            {
                try
                {
                    value = LiteralValues.Coerce(node.Value, definition.Type, variables);
                }
                catch (CoercionException e)
                {
                    error = $"Argument \"{plan.ParentType.Name}.{plan.Field.Name}({definition.Name}:)\" has invalid value: {e.Message}";
                    return result;
                }
            }

            if (ReferenceEquals(value, LiteralValues.Absent) && definition.DefaultValue is not null)
            {
                value = LiteralValues.Coerce(definition.DefaultValue, definition.Type, null);
            }

            if (ReferenceEquals(value, LiteralValues.Absent))
            {
                if (definition.Type is NonNullType)
                {
                    error = $"Argument \"{plan.ParentType.Name}.{plan.Field.Name}({definition.Name}:)\" of required type \"{definition.Type}\" was not provided.";
                    return result;
                }

                continue;
            }

            if (value is null && definition.Type is NonNullType)
            {
                error = $"Argument \"{plan.ParentType.Name}.{plan.Field.Name}({definition.Name}:)\" of non-null type \"{definition.Type}\" must not be null.";
                return result;
            }

            if (definition.DecodesGlobalIds && value is not null)
            {
                value = Relay.GlobalIdInputs.Decode(value, definition, out var idError);
                if (idError is not null)
                {
                    error = $"Argument \"{plan.ParentType.Name}.{plan.Field.Name}({definition.Name}:)\" has an invalid ID: {idError}";
                    return result;
                }
            }

            result[definition.Name] = value;
        }

        return result;
    }
}
