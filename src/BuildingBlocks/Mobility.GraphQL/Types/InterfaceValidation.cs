namespace Mobility.GraphQL.Types;

/// <summary>§3.6 IsValidImplementation: a type provides every field of its interfaces with compatible types and arguments.</summary>
internal static class InterfaceValidation
{
    public static void Validate(ComplexType type, List<string> errors)
    {
        var seen = new HashSet<InterfaceType>();
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                errors.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }

            if (!seen.Add(iface))
            {
                errors.Add($"Type {type.Name} can only implement {iface.Name} once.");
                continue;
            }

            foreach (var transitive in iface.Interfaces.Where(t => !type.Interfaces.Contains(t)))
            {
                errors.Add(ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.");
            }

            ValidateFields(type, iface, errors);
        }
    }

    private static void ValidateFields(ComplexType type, InterfaceType iface, List<string> errors)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var field = type.Field(ifaceField.Name);
            var name = ifaceField.Name;
            if (field is null)
            {
                errors.Add($"Interface field {iface.Name}.{name} expected but {type.Name} does not provide it.");
                continue;
            }

            if (!IsSubTypeOf(field.Type, ifaceField.Type))
            {
                errors.Add($"Interface field {iface.Name}.{name} expects type {ifaceField.Type} but {type.Name}.{name} is type {field.Type}.");
            }

            foreach (var ifaceArg in ifaceField.Arguments)
            {
                var arg = field.Argument(ifaceArg.Name);
                if (arg is null)
                {
                    errors.Add($"Interface field argument {iface.Name}.{name}({ifaceArg.Name}:) expected but {type.Name}.{name} does not provide it.");
                }
                else if (!GraphQLType.AreEqual(arg.Type, ifaceArg.Type))
                {
                    errors.Add($"Interface field argument {iface.Name}.{name}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{name}({ifaceArg.Name}:) is type {arg.Type}.");
                }
            }

            foreach (var arg in field.Arguments.Where(a => a.IsRequired && ifaceField.Argument(a.Name) is null))
            {
                errors.Add($"Argument \"{type.Name}.{name}({arg.Name}:)\" must not be required type \"{arg.Type}\" if not provided by the Interface field \"{iface.Name}.{name}\".");
            }
        }
    }

    /// <summary>§3.6.1 IsValidImplementationFieldType (covariant outputs).</summary>
    private static bool IsSubTypeOf(GraphQLType maybeSub, GraphQLType super) => (maybeSub, super) switch
    {
        (NonNullType sub, NonNullType sup) => IsSubTypeOf(sub.OfType, sup.OfType),
        (NonNullType sub, _) => IsSubTypeOf(sub.OfType, super),
        (_, NonNullType) => false,
        (ListType sub, ListType sup) => IsSubTypeOf(sub.OfType, sup.OfType),
        (ListType, _) or (_, ListType) => false,
        (NamedType sub, NamedType sup) when ReferenceEquals(sub, sup) => true,
        (ObjectType sub, UnionType sup) => sup.Types.Contains(sub),
        (ComplexType sub, InterfaceType sup) => sub.Interfaces.Contains(sup),
        _ => false,
    };
}
