using Mobility.GraphQL.Execution;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL;

/// <summary>Attaches resolvers to a schema-first schema. Unknown names are collected and reported together.</summary>
public sealed class SchemaBindings
{
    private readonly Schema _schema;
    private readonly List<string> _errors = [];

    internal SchemaBindings(Schema schema) => _schema = schema;

    /// <summary>Resolves <paramref name="typeName"/>.<paramref name="fieldName"/> with a function.</summary>
    /// <param name="typeName">An object or interface type.</param>
    /// <param name="fieldName">One of its fields.</param>
    /// <param name="resolver">Returns the value or a task of it.</param>
    /// <returns>This instance.</returns>
    public SchemaBindings Field(string typeName, string fieldName, FieldResolver resolver)
    {
        if (_schema.Type(typeName) is ComplexType type && type.Field(fieldName) is { } field)
        {
            field.Resolver = resolver;
        }
        else
        {
            _errors.Add($"Cannot bind a resolver to \"{typeName}.{fieldName}\": no such field.");
        }

        return this;
    }

    /// <summary>Decides the object type of values of an interface or union.</summary>
    /// <param name="abstractTypeName">The interface or union.</param>
    /// <param name="resolveType">Returns the object type name for a value.</param>
    /// <returns>This instance.</returns>
    public SchemaBindings ResolveType(string abstractTypeName, Func<object, string?> resolveType)
    {
        Func<object, Schema, ObjectType?> resolver = (value, schema) => resolveType(value) is { } name ? schema.Type(name) as ObjectType : null;
        switch (_schema.Type(abstractTypeName))
        {
            case InterfaceType i: i.ResolveType = resolver; break;
            case UnionType u: u.ResolveType = resolver; break;
            default: _errors.Add($"Cannot bind type resolution to \"{abstractTypeName}\": not an interface or union."); break;
        }

        return this;
    }

    /// <summary>Maps a GraphQL enum's values to the members of a C# enum (UPPER_SNAKE names match PascalCase members).</summary>
    /// <typeparam name="TEnum">The C# enum.</typeparam>
    /// <param name="enumTypeName">The GraphQL enum.</param>
    /// <returns>This instance.</returns>
    public SchemaBindings Enum<TEnum>(string enumTypeName)
        where TEnum : struct, System.Enum
    {
        if (_schema.Type(enumTypeName) is not EnumType type)
        {
            _errors.Add($"Cannot bind enum \"{enumTypeName}\": no such enum type.");
            return this;
        }

        foreach (var value in type.Values)
        {
            var member = System.Enum.GetValues<TEnum>().Cast<TEnum?>()
                .FirstOrDefault(m => string.Equals(m.ToString(), value.Name.Replace("_", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
            if (member is null)
            {
                _errors.Add($"Enum value \"{enumTypeName}.{value.Name}\" has no member in {typeof(TEnum).Name}.");
                continue;
            }

            value.Value = member.Value;
        }

        type.Reindex();
        return this;
    }

    internal void ThrowIfInvalid()
    {
        if (_errors.Count > 0)
        {
            throw new GraphQLSchemaException(_errors);
        }
    }
}
