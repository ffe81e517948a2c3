namespace Mobility.GraphQL.Types;

/// <summary>
/// The type-system validation of §3 (root types, names, fields, interface implementation, unions, enums,
/// input objects and OneOf, input cycles), with graphql-js's validateSchema messages.
/// </summary>
internal static class SchemaValidator
{
    public static List<string> Validate(Schema schema)
    {
        var errors = new List<string>();
        ValidateRoots(schema, errors);
        foreach (var directive in schema.Directives)
        {
            ValidateName(directive.Name, errors);
            if (directive.Locations.Count == 0)
            {
                errors.Add($"Directive @{directive.Name} must have at least one location.");
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateInputValue(argument, $"@{directive.Name}({argument.Name}:)", "Argument", errors);
            }
        }

        foreach (var type in schema.Types.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            ValidateName(type.Name, errors);
            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex, errors);
                    InterfaceValidation.Validate(complex, errors);
                    break;
                case UnionType union:
                    ValidateUnion(union, errors);
                    break;
                case EnumType enumType:
                    ValidateEnum(enumType, errors);
                    break;
                case InputObjectType input:
                    ValidateInputObject(input, errors);
                    break;
            }
        }

        InputCycles.Find(schema, errors);
        return errors;
    }

    private static void ValidateRoots(Schema schema, List<string> errors)
    {
        if (schema.Query is null)
        {
            errors.Add("Query root type must be provided.");
        }

        var roots = new[] { ("query", schema.Query), ("mutation", schema.Mutation), ("subscription", schema.Subscription) };
        foreach (var group in roots.Where(r => r.Item2 is not null).GroupBy(r => r.Item2).Where(g => g.Count() > 1))
        {
            var names = group.Select(g => g.Item1).ToList();
            var list = names.Count == 2 ? $"{names[0]} and {names[1]}" : $"{names[0]}, {names[1]} and {names[2]}";
            errors.Add($"All root types must be different, \"{group.Key!.Name}\" type is used as {list} root types.");
        }
    }

    private static void ValidateName(string name, List<string> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
    }

    private static void ValidateFields(ComplexType type, List<string> errors)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add($"Type {type.Name} must define one or more fields.");
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, errors);
            if (!field.Type.IsOutputType)
            {
                errors.Add($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.");
            }

            foreach (var argument in field.Arguments)
            {
                ValidateInputValue(argument, $"{type.Name}.{field.Name}({argument.Name}:)", "Argument", errors);
            }
        }
    }

    private static void ValidateInputValue(InputValueDefinition value, string coordinate, string what, List<string> errors)
    {
        ValidateName(value.Name, errors);
        if (!value.Type.IsInputType)
        {
            errors.Add($"The type of {coordinate} must be Input Type but got: {value.Type}.");
        }

        if (value.IsRequired && value.DeprecationReason is not null)
        {
            errors.Add($"Required {what.ToLowerInvariant()} {coordinate} cannot be deprecated.");
        }
    }

    private static void ValidateUnion(UnionType union, List<string> errors)
    {
        if (union.Types.Count == 0)
        {
            errors.Add($"Union type {union.Name} must define one or more member types.");
        }

        foreach (var duplicate in union.Types.GroupBy(t => t).Where(g => g.Count() > 1))
        {
            errors.Add($"Union type {union.Name} can only include type {duplicate.Key.Name} once.");
        }
    }

    private static void ValidateEnum(EnumType enumType, List<string> errors)
    {
        if (enumType.Values.Count == 0)
        {
            errors.Add($"Enum type {enumType.Name} must define one or more values.");
        }

        foreach (var value in enumType.Values)
        {
            ValidateName(value.Name, errors);
        }
    }

    private static void ValidateInputObject(InputObjectType input, List<string> errors)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add($"Input Object type {input.Name} must define one or more fields.");
        }

        foreach (var field in input.Fields)
        {
            var coordinate = $"{input.Name}.{field.Name}";
            ValidateName(field.Name, errors);
            if (!field.Type.IsInputType)
            {
                errors.Add($"The type of {coordinate} must be Input Type but got: {field.Type}.");
            }

            if (field.IsRequired && field.DeprecationReason is not null)
            {
                errors.Add($"Required input field {coordinate} cannot be deprecated.");
            }

            if (input.IsOneOf && field.Type is NonNullType)
            {
                errors.Add($"OneOf input field {coordinate} must be nullable.");
            }

            if (input.IsOneOf && field.HasDefault)
            {
                errors.Add($"OneOf input field {coordinate} cannot have a default value.");
            }
        }
    }
}
