using System.Globalization;
using Mobility.GraphQL.Language;
using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Types.Scalars;

/// <summary>§3.5.1 Int: a signed 32-bit integer.</summary>
internal sealed class IntType() : ScalarType("Int", "A signed 32-bit whole number.")
{
    public override object Serialize(object value) => value switch
    {
        int => value,
        bool b => b ? 1 : 0,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => FromNumber(d, value),
        _ when Numbers.TryToDouble(value, out var d) => FromNumber(d, value),
        _ => throw new CoercionException($"Int cannot represent non-integer value: {Inspect.Value(value)}"),
    };

    public override object? ParseValue(object value)
    {
        if (value is bool || !Numbers.TryToDouble(value, out var d))
        {
            throw new CoercionException($"Int cannot represent non-integer value: {Inspect.Value(value)}");
        }

        return FromNumber(d, value);
    }

    public override object? ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode i)
        {
            throw new CoercionException($"Int cannot represent non-integer value: {Printer.Print(literal)}");
        }

        return int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {i.Value}");
    }

    private static object FromNumber(double d, object original)
    {
        if (Math.Floor(d) != d || double.IsInfinity(d))
        {
            throw new CoercionException($"Int cannot represent non-integer value: {Inspect.Value(original)}");
        }

        return d is > int.MaxValue or < int.MinValue
            ? throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(original)}")
            : (int)d;
    }
}
