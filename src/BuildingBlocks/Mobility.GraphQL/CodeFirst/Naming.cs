using System.Reflection;
using System.Text;

namespace Mobility.GraphQL.CodeFirst;

/// <summary>HotChocolate's naming: camelCase fields without Get/Async, UPPER_SNAKE enum values, Input suffix for inputs.</summary>
internal static class Naming
{
    public static string Field(MemberInfo member)
    {
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = member.Name;
        if (member is MethodInfo)
        {
            if (name.StartsWith("Get", StringComparison.Ordinal) && name.Length > 3 && char.IsUpper(name[3]))
            {
                name = name[3..];
            }

            if (name.EndsWith("Async", StringComparison.Ordinal) && name.Length > 5)
            {
                name = name[..^5];
            }
        }

        return CamelCase(name);
    }

    public static string Argument(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? CamelCase(parameter.Name!);

    public static string Type(Type type, bool input)
    {
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        if ((type.GetCustomAttribute<InterfaceTypeAttribute>()?.Name ?? type.GetCustomAttribute<UnionTypeAttribute>()?.Name) is { } abstractName)
        {
            return abstractName;
        }

        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        name = tick >= 0 ? name[..tick] : name;
        if (type.IsInterface && name.Length > 2 && name[0] == 'I' && char.IsUpper(name[1]))
        {
            name = name[1..]; // IParticipant -> Participant, as HotChocolate names interfaces
        }

        return input && !name.EndsWith("Input", StringComparison.Ordinal) ? name + "Input" : name;
    }

    public static string EnumValue(FieldInfo member)
    {
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var result = new StringBuilder();
        var name = member.Name;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var boundary = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (boundary || (i > 0 && char.IsDigit(c) && !char.IsDigit(name[i - 1])))
            {
                result.Append('_');
            }

            result.Append(char.ToUpperInvariant(c));
        }

        return result.ToString();
    }

    public static string CamelCase(string name)
    {
        if (name.Length == 0 || char.IsLower(name[0]))
        {
            return name;
        }

        var upper = 0;
        while (upper < name.Length && char.IsUpper(name[upper]))
        {
            upper++;
        }

        // "ID" -> "id", "URLValue" -> "urlValue", "Name" -> "name"
        var take = upper == name.Length ? upper : Math.Max(1, upper - 1);
        return name[..take].ToLowerInvariant() + name[take..];
    }
}
