using System.Collections;
using Mobility.GraphQL.Types;
using Mobility.GraphQL.Validation;

namespace Mobility.GraphQL.Execution;

/// <summary>
/// §6.4.1 / §3.10 input coercion of external values (variables): returns the coerced value and reports each
/// problem with its path inside the value, like graphql-js's validateInputValue.
/// </summary>
internal static class InputValues
{
    public static object? Coerce(object? value, GraphQLType type, Action<string, string> onError, string path = "")
    {
        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                onError($"Expected value of non-null type \"{type}\" not to be null.", path);
                return null;
            }

            return Coerce(value, nonNull.OfType, onError, path);
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IDictionary and not IReadOnlyDictionary<string, object?>)
                {
                    var result = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        result.Add(Coerce(item, list.OfType, onError, $"{path}[{index++}]"));
                    }

                    return result;
                }

                return new List<object?> { Coerce(value, list.OfType, onError, path) };
            case InputObjectType input:
                return CoerceObject(value, input, onError, path);
            case EnumType enumType:
                if (value is string name && enumType.Value(name) is { } enumValue)
                {
                    return enumValue.Value;
                }

                var hint = value is string s ? Suggestions.DidYouMean(Suggestions.For(s, enumType.Values.Select(v => v.Name)), "the enum value") : "";
                onError(value is string
                    ? $"Value {Inspect.Value(value)} does not exist in \"{enumType.Name}\" enum.{hint}"
                    : $"Enum \"{enumType.Name}\" cannot represent non-string value: {Inspect.Value(value)}.", path);
                return null;
            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(value);
                }
                catch (CoercionException e)
                {
                    onError(e.Message, path);
                    return null;
                }

            default:
                return null;
        }
    }

    private static Dictionary<string, object?>? CoerceObject(object value, InputObjectType type, Action<string, string> onError, string path)
    {
        if (AsMap(value) is not { } map)
        {
            onError($"Expected value of type \"{type.Name}\" to be an object, found: {Inspect.Value(value)}.", path);
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (map.TryGetValue(field.Name, out var fieldValue))
            {
                result[field.Name] = Coerce(fieldValue, field.Type, onError, $"{path}.{field.Name}");
            }
            else if (field.DefaultValue is not null)
            {
                result[field.Name] = LiteralValues.Coerce(field.DefaultValue, field.Type, null);
            }
            else if (field.Type is NonNullType)
            {
                onError($"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Inspect.Value(value)}.", path);
            }
        }

        foreach (var key in map.Keys.Where(k => type.Field(k) is null))
        {
            var hint = Suggestions.DidYouMean(Suggestions.For(key, type.Fields.Select(f => f.Name)));
            onError($"Expected value of type \"{type.Name}\" not to include unknown field \"{key}\"{(hint.Length > 0 ? $".{hint} Found" : ", found")}: {Inspect.Value(value)}.", path);
        }

        if (type.IsOneOf && (map.Count != 1 || map.Values.First() is null))
        {
            onError($"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.", path);
        }

        return result;
    }

    public static IReadOnlyDictionary<string, object?>? AsMap(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary<string, object?> dictionary => dictionary.AsReadOnly(),
        _ => null,
    };
}
