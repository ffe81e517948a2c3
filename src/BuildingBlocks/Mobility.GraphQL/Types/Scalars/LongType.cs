using System.Globalization;
using Mobility.GraphQL.Language;
using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Types.Scalars;

/// <summary>Long: a signed 64-bit integer written as a JSON number.</summary>
internal sealed class LongType() : ScalarType("Long", "The `Long` scalar type represents non-fractional signed whole 64-bit numeric values.")
{
    public override object Serialize(object value) => value switch
    {
        long => value,
        int i => (long)i,
        _ => throw new CoercionException($"Long cannot represent value: {Inspect.Value(value)}"),
    };

    public override object? ParseValue(object value) => value switch
    {
        long => value,
        int i => (long)i,
        double d when Math.Floor(d) == d && d is >= long.MinValue and <= long.MaxValue => (long)d,
        _ => throw new CoercionException($"Long cannot represent value: {Inspect.Value(value)}"),
    };

    public override object? ParseLiteral(ValueNode literal) =>
        literal is IntValueNode i && long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? l
            : throw new CoercionException($"Long cannot represent value: {Printer.Print(literal)}");
}
