using System.Globalization;
using Mobility.GraphQL.Language;
using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Types.Scalars;

/// <summary>§3.5.3 String.</summary>
internal sealed class StringType() : ScalarType("String", "Text, as a sequence of Unicode characters (UTF-8 on the wire).")
{
    public override object Serialize(object value) => value switch
    {
        string => value,
        bool b => b ? "true" : "false",
        Enum e => e.ToString(),
        _ when Numbers.TryToDouble(value, out _) => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => throw new CoercionException($"String cannot represent value: {Inspect.Value(value)}"),
    };

    public override object? ParseValue(object value) =>
        value as string ?? throw new CoercionException($"String cannot represent a non string value: {Inspect.Value(value)}");

    public override object? ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s ? s.Value : throw new CoercionException($"String cannot represent a non string value: {Printer.Print(literal)}");
}
