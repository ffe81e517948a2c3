using System.Collections;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Relay;

/// <summary>What an <c>[ID]</c> argument or input field accepts: a global ID of one node type (or any) whose key parses as <see cref="KeyType"/>.</summary>
/// <param name="TypeName">The node type required, or null for any.</param>
/// <param name="KeyType">The CLR type the resolver receives (Guid, int, long, short or string).</param>
/// <param name="AcceptsBareKey">Whether a bare key (a UUID, not a global ID) is taken as the key too.</param>
internal sealed record GlobalIdInput(string? TypeName, Type KeyType, bool AcceptsBareKey = false);

/// <summary>Replaces the global IDs in coerced argument values by their raw keys, reporting IDs that do not fit.</summary>
internal static class GlobalIdInputs
{
    /// <summary>Marks every argument and input field whose value contains <c>[ID]</c> inputs.</summary>
    public static void Prepare(Schema schema, bool acceptBareKeys)
    {
        if (acceptBareKeys)
        {
            AcceptBareKeys(schema);
        }

        var inputs = new Dictionary<InputObjectType, bool>();
        foreach (var type in schema.Types)
        {
            switch (type)
            {
                case ComplexType complex:
                    foreach (var argument in complex.Fields.SelectMany(f => f.Arguments))
                    {
                        argument.DecodesGlobalIds = Decodes(argument, inputs);
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        field.DecodesGlobalIds = Decodes(field, inputs);
                    }

                    break;
            }
        }
    }

    private static void AcceptBareKeys(Schema schema)
    {
        var values = schema.Types.OfType<ComplexType>().SelectMany(t => t.Fields).SelectMany(f => f.Arguments)
            .Concat(schema.Types.OfType<InputObjectType>().SelectMany(t => t.Fields));
        foreach (var value in values.Where(v => v.GlobalId is not null && v.GlobalId.KeyType != typeof(string)))
        {
            value.GlobalId = value.GlobalId! with { AcceptsBareKey = true };
        }
    }

    /// <summary>The value with its global IDs decoded, or an error naming the position (e.g. <c>input.learnerId</c>) and why.</summary>
    public static object? Decode(object? value, InputValueDefinition definition, out string? error)
    {
        error = null;
        return Decode(value, definition.Type, definition, definition.Name, ref error);
    }

    private static object? Decode(object? value, GraphQLType type, InputValueDefinition definition, string path, ref string? error)
    {
        if (value is null || error is not null)
        {
            return value;
        }

        switch (type)
        {
            case NonNullType nonNull:
                return Decode(value, nonNull.OfType, definition, path, ref error);
            case ListType list when value is IList items:
                var decoded = new List<object?>(items.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    decoded.Add(Decode(items[i], list.OfType, definition, $"{path}[{i}]", ref error));
                }

                return decoded;
            case ScalarType when definition.GlobalId is { } expected && value is string id:
                if (expected.AcceptsBareKey && GlobalIds.TryParseKey(id, expected.KeyType, out var bare))
                {
                    return bare;
                }

                if (!GlobalIds.TryDecode(id, out var typeName, out var keyText))
                {
                    error = $"\"{id}\" at \"{path}\" is not a valid global ID.";
                    return value;
                }

                if (expected.TypeName is not null && typeName != expected.TypeName)
                {
                    error = $"\"{id}\" at \"{path}\" is the ID of a {typeName}, not of a {expected.TypeName}.";
                    return value;
                }

                if (!GlobalIds.TryParseKey(keyText, expected.KeyType, out var key))
                {
                    error = $"\"{id}\" at \"{path}\" is not a valid global ID.";
                }

                return key;
            case InputObjectType input when value is IReadOnlyDictionary<string, object?> fields:
                var copy = new Dictionary<string, object?>(fields.Count, StringComparer.Ordinal);
                foreach (var (name, fieldValue) in fields)
                {
                    copy[name] = input.Field(name) is { DecodesGlobalIds: true } field
                        ? Decode(fieldValue, field.Type, field, path + "." + name, ref error)
                        : fieldValue;
                }

                return copy;
            default:
                return value;
        }
    }

    private static bool Decodes(InputValueDefinition value, Dictionary<InputObjectType, bool> inputs) =>
        value.GlobalId is not null || (value.Type.NamedType is InputObjectType input && Decodes(input, inputs));

    private static bool Decodes(InputObjectType input, Dictionary<InputObjectType, bool> inputs)
    {
        if (inputs.TryGetValue(input, out var known))
        {
            return known;
        }

        inputs[input] = false; // a cycle adds nothing
        var result = input.Fields.Any(f => Decodes(f, inputs));
        inputs[input] = result;
        return result;
    }
}
