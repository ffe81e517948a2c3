using System.Text;
using Mobility.GraphQL.Language;
using Mobility.GraphQL.Language.Ast;
using Mobility.GraphQL.Types.Scalars;

namespace Mobility.GraphQL.Types;

/// <summary>Prints a schema as SDL in graphql-js's printSchema layout (specified directives, scalars and introspection types omitted).</summary>
internal static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        var parts = new List<string>();
        if (SchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(d => !SpecifiedDirectives.Names.Contains(d.Name)).Select(PrintDirective));
        parts.AddRange(schema.Types
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !(t is ScalarType && BuiltInScalars.SpecifiedNames.Contains(t.Name)))
            .Select(PrintType));
        return string.Join("\n\n", parts);
    }

    private static string? SchemaDefinition(Schema schema)
    {
        if (schema.Query is null && schema.Mutation is null && schema.Subscription is null)
        {
            return null;
        }

        var defaultNames = ReferenceEquals(schema.Query, schema.Type("Query"))
            && ReferenceEquals(schema.Mutation, schema.Type("Mutation"))
            && ReferenceEquals(schema.Subscription, schema.Type("Subscription"));
        if (schema.Description is null && defaultNames && schema.AuthorizeRules.Count == 0)
        {
            return null;
        }

        var result = new StringBuilder(Description(schema.Description)).Append("schema ");
        foreach (var rule in schema.AuthorizeRules)
        {
            result.Append(rule).Append(' ');
        }

        result.Append("{\n");
        if (schema.Query is not null)
        {
            result.Append("  query: ").Append(schema.Query.Name).Append('\n');
        }

        if (schema.Mutation is not null)
        {
            result.Append("  mutation: ").Append(schema.Mutation.Name).Append('\n');
        }

        if (schema.Subscription is not null)
        {
            result.Append("  subscription: ").Append(schema.Subscription.Name).Append('\n');
        }

        return result.Append('}').ToString();
    }

    private static string PrintType(NamedType type) => type switch
    {
        ScalarType s => Description(s.Description) + "scalar " + s.Name
            + (s.SpecifiedByUrl is null ? "" : $" @specifiedBy(url: {Printer.PrintString(s.SpecifiedByUrl)})"),
        ObjectType o => Description(o.Description) + "type " + o.Name + Implements(o) + string.Concat(o.AuthorizeRules.Select(r => " " + r)) + Fields(o),
        InterfaceType i => Description(i.Description) + "interface " + i.Name + Implements(i) + Fields(i),
        UnionType u => Description(u.Description) + "union " + u.Name + (u.Types.Count > 0 ? " = " + string.Join(" | ", u.Types.Select(t => t.Name)) : ""),
        EnumType e => Description(e.Description) + "enum " + e.Name
            + Block(e.Values.Select((v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType io => Description(io.Description) + "input " + io.Name + (io.IsOneOf ? " @oneOf" : "")
            + Block(io.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static string Implements(ComplexType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

    private static string Fields(ComplexType type) => Block(type.Fields.Select((f, i) =>
        Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason) + Authorization(f)));

    /// <summary>A code-first field's own access rules; its type's are printed on the type, the schema's on the schema.</summary>
    private static string Authorization(FieldDefinition field) =>
        field.AllowAnonymous ? " @allowAnonymous" : string.Concat(field.AuthorizeRules.Select(r => " " + r));

    private static string Arguments(InputValueDefinition[] arguments, string indentation = "")
    {
        if (arguments.Length == 0)
        {
            return "";
        }

        if (Array.TrueForAll(arguments, a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a)))
            + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value) =>
        value.Name + ": " + value.Type + (value.DefaultValue is null ? "" : " = " + Printer.Print(value.DefaultValue)) + Deprecated(value.DeprecationReason);

    private static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments)
        + (directive.IsRepeatable ? " repeatable" : "") + " on " + string.Join(" | ", directive.Locations);

    private static string Deprecated(string? reason) => reason switch
    {
        null => "",
        SpecifiedDirectives.DefaultDeprecationReason => " @deprecated",
        _ => $" @deprecated(reason: {Printer.PrintString(reason)})",
    };

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "" : " {\n" + string.Join("\n", list) + "\n}";
    }

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return "";
        }

        var printed = Printer.Print(new StringValueNode(description, BlockString.IsPrintable(description)));
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + printed.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
