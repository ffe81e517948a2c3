using System.Globalization;
using Mobility.GraphQL.Language;
using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Types.Scalars;

/// <summary>§3.5.2 Float: a double-precision finite value.</summary>
internal sealed class FloatType() : ScalarType("Float", "A signed double-precision (IEEE 754) finite number.")
{
    public override object Serialize(object value) => value switch
    {
        double d when double.IsFinite(d) => d,
        bool b => b ? 1d : 0d,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        not double when Numbers.TryToDouble(value, out var d) => d,
        _ => throw new CoercionException($"Float cannot represent non numeric value: {Inspect.Value(value)}"),
    };

    public override object? ParseValue(object value) =>
        value is not bool && Numbers.TryToDouble(value, out var d)
            ? d
            : throw new CoercionException($"Float cannot represent non numeric value: {Inspect.Value(value)}");

    public override object? ParseLiteral(ValueNode literal) => literal switch
    {
        IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"Float cannot represent non numeric value: {Printer.Print(literal)}"),
    };
}
