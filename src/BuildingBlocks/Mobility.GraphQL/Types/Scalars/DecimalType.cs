using System.Globalization;
using Mobility.GraphQL.Language;
using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Types.Scalars;

/// <summary>Decimal: a base-10 number (money, grades) written as a JSON number.</summary>
internal sealed class DecimalType() : ScalarType("Decimal", "The `Decimal` scalar type represents a decimal floating-point number.")
{
    public override object Serialize(object value) => value switch
    {
        decimal => value,
        int i => (decimal)i,
        long l => (decimal)l,
        double d when double.IsFinite(d) => (decimal)d,
        _ => throw new CoercionException($"Decimal cannot represent value: {Inspect.Value(value)}"),
    };

    public override object? ParseValue(object value) => value is bool ? throw Error(value) : Serialize(value);

    public override object? ParseLiteral(ValueNode literal) => literal switch
    {
        IntValueNode or FloatValueNode when decimal.TryParse(Printer.Print(literal), NumberStyles.Float, CultureInfo.InvariantCulture, out var m) => m,
        _ => throw new CoercionException($"Decimal cannot represent value: {Printer.Print(literal)}"),
    };

    private static CoercionException Error(object value) => new($"Decimal cannot represent value: {Inspect.Value(value)}");
}
