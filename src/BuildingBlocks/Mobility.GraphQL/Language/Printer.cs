using System.Globalization;
using System.Text;
using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Language;

/// <summary>Prints an AST in graphql-js's <c>print</c> layout (two-space indent, arguments wrapped past 80 columns).</summary>
internal static class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(SyntaxNode? node) => node switch
    {
        null => "",
        DocumentNode d => Join(d.Definitions.Select(Print), "\n\n"),
        OperationDefinitionNode o => PrintOperation(o),
        VariableDefinitionNode v => Wrap("", Print(v.Description), "\n") + Print(v.Variable) + ": " + Print(v.Type)
            + Wrap(" = ", Print(v.DefaultValue)) + Wrap(" ", Directives(v.Directives)),
        SelectionSetNode s => Block(s.Selections.Select(Print)),
        FieldNode f => PrintField(f),
        FragmentSpreadNode s => "..." + s.Name.Value + Wrap(" ", Directives(s.Directives)),
        InlineFragmentNode i => Join(["...", Wrap("on ", Print(i.TypeCondition)), Directives(i.Directives), Print(i.SelectionSet)], " "),
        FragmentDefinitionNode f => Wrap("", Print(f.Description), "\n") + "fragment " + f.Name.Value + " on " + f.TypeCondition.Name.Value + " "
            + Wrap("", Directives(f.Directives), " ") + Print(f.SelectionSet),
        ArgumentNode a => a.Name.Value + ": " + Print(a.Value),
        DirectiveNode d => "@" + d.Name.Value + Wrap("(", Join(d.Arguments.Select(Print), ", "), ")"),
        NameNode n => n.Value,
        ValueNode v => PrintValue(v),
        ObjectFieldNode f => f.Name.Value + ": " + Print(f.Value),
        NamedTypeNode t => t.Name.Value,
        ListTypeNode t => "[" + Print(t.Type) + "]",
        NonNullTypeNode t => Print(t.Type) + "!",
        _ => PrintTypeSystem(node),
    };

    private static string PrintOperation(OperationDefinitionNode o)
    {
        var variables = o.VariableDefinitions.Select(Print).ToList();
        var varDefs = HasMultilineItems(variables) ? Wrap("(\n", Join(variables, "\n"), "\n)") : Wrap("(", Join(variables, ", "), ")");
        var prefix = Wrap("", Print(o.Description), "\n")
            + Join([o.Operation.Keyword(), Join([o.Name?.Value, varDefs], ""), Directives(o.Directives)], " ");
        return (prefix == "query" ? "" : prefix + " ") + Print(o.SelectionSet);
    }

    private static string PrintField(FieldNode f)
    {
        var prefix = Wrap("", f.Alias?.Value, ": ") + f.Name.Value;
        var arguments = f.Arguments.Select(Print).ToList();
        var line = prefix + Wrap("(", Join(arguments, ", "), ")");
        if (line.Length > MaxLineLength)
        {
            line = prefix + Wrap("(\n", Indent(Join(arguments, "\n")), "\n)");
        }

        return Join([line, Directives(f.Directives), Print(f.SelectionSet)], " ");
    }

    private static string PrintValue(ValueNode value)
    {
        switch (value)
        {
            case VariableNode v: return "$" + v.Name.Value;
            case IntValueNode i: return i.Value;
            case FloatValueNode f: return f.Value;
            case StringValueNode { Block: true } s: return BlockString.Print(s.Value);
            case StringValueNode s: return PrintString(s.Value);
            case BooleanValueNode b: return b.Value ? "true" : "false";
            case NullValueNode: return "null";
            case EnumValueNode e: return e.Value;
            case ListValueNode l:
                var values = l.Values.Select(Print).ToList();
                var valuesLine = "[" + Join(values, ", ") + "]";
                return valuesLine.Length > MaxLineLength ? "[\n" + Indent(Join(values, "\n")) + "\n]" : valuesLine;
            case ObjectValueNode o:
                var fields = o.Fields.Select(Print).ToList();
                var fieldsLine = "{ " + Join(fields, ", ") + " }";
                return fieldsLine.Length > MaxLineLength ? Block(fields) : fieldsLine;
            default:
                throw new ArgumentOutOfRangeException(nameof(value));
        }
    }

    private static string PrintTypeSystem(SyntaxNode node)
    {
        var extend = node is TypeSystemNode { IsExtension: true } ? "extend " : "";
        var description = node is TypeSystemNode t ? Wrap("", Print(t.Description), "\n") : "";
        return node switch
        {
            SchemaDefinitionNode s => description + extend + Join(["schema", Directives(s.Directives), Block(s.OperationTypes.Select(Print))], " "),
            OperationTypeDefinitionNode o => o.Operation.Keyword() + ": " + o.Type.Name.Value,
            ScalarTypeDefinitionNode s => description + extend + Join(["scalar", s.Name.Value, Directives(s.Directives)], " "),
            ObjectTypeDefinitionNode o => description + extend + Join(
                ["type", o.Name.Value, Wrap("implements ", Join(o.Interfaces.Select(Print), " & ")), Directives(o.Directives), Block(o.Fields.Select(Print))], " "),
            InterfaceTypeDefinitionNode i => description + extend + Join(
                ["interface", i.Name.Value, Wrap("implements ", Join(i.Interfaces.Select(Print), " & ")), Directives(i.Directives), Block(i.Fields.Select(Print))], " "),
            UnionTypeDefinitionNode u => description + extend + Join(
                ["union", u.Name.Value, Directives(u.Directives), Wrap("= ", Join(u.Types.Select(Print), " | "))], " "),
            EnumTypeDefinitionNode e => description + extend + Join(["enum", e.Name.Value, Directives(e.Directives), Block(e.Values.Select(Print))], " "),
            InputObjectTypeDefinitionNode i => description + extend + Join(["input", i.Name.Value, Directives(i.Directives), Block(i.Fields.Select(Print))], " "),
            FieldDefinitionNode f => Wrap("", Print(f.Description), "\n") + f.Name.Value + ArgumentDefinitions(f.Arguments) + ": " + Print(f.Type)
                + Wrap(" ", Directives(f.Directives)),
            InputValueDefinitionNode v => Wrap("", Print(v.Description), "\n")
                + Join([v.Name.Value + ": " + Print(v.Type), Wrap("= ", Print(v.DefaultValue)), Directives(v.Directives)], " "),
            EnumValueDefinitionNode e => Wrap("", Print(e.Description), "\n") + Join([e.Name.Value, Directives(e.Directives)], " "),
            DirectiveDefinitionNode d => Wrap("", Print(d.Description), "\n") + "directive @" + d.Name.Value + ArgumentDefinitions(d.Arguments)
                + (d.Repeatable ? " repeatable" : "") + " on " + Join(d.Locations.Select(Print), " | "),
            _ => throw new ArgumentOutOfRangeException(nameof(node)),
        };
    }

    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return HasMultilineItems(printed) ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)") : Wrap("(", Join(printed, ", "), ")");
    }

    /// <summary>A JSON-style string literal, escaping control characters as graphql-js does.</summary>
    public static string PrintString(string value)
    {
        var result = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': result.Append("\\\""); break;
                case '\\': result.Append("\\\\"); break;
                case '\b': result.Append("\\b"); break;
                case '\f': result.Append("\\f"); break;
                case '\n': result.Append("\\n"); break;
                case '\r': result.Append("\\r"); break;
                case '\t': result.Append("\\t"); break;
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: result.Append(c); break;
            }
        }

        return result.Append('"').ToString();
    }

    private static string Directives(IReadOnlyList<DirectiveNode> directives) => Join(directives.Select(Print), " ");

    private static string Join(IEnumerable<string?> parts, string separator) =>
        string.Join(separator, parts.Where(p => !string.IsNullOrEmpty(p)));

    private static string Wrap(string start, string? value, string end = "") =>
        string.IsNullOrEmpty(value) ? "" : start + value + end;

    private static string Indent(string value) => Wrap("  ", value.Replace("\n", "\n  ", StringComparison.Ordinal));

    private static string Block(IEnumerable<string> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    private static bool HasMultilineItems(List<string> items) => items.Exists(i => i.Contains('\n', StringComparison.Ordinal));
}
