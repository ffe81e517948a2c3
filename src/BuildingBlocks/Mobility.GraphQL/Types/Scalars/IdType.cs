using System.Globalization;
using Mobility.GraphQL.Language;
using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Types.Scalars;

/// <summary>§3.5.5 ID: serialized as a string, accepted as a string or an integer.</summary>
internal sealed class IdType() : ScalarType("ID", "An opaque unique identifier, written as a string; accepted as a string or an integer.")
{
    public override object Serialize(object value) => value switch
    {
        string => value,
        int or long or short or Guid => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d when Math.Floor(d) == d && double.IsFinite(d) => d.ToString("0", CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"ID cannot represent value: {Inspect.Value(value)}"),
    };

    public override object? ParseValue(object value) => value switch
    {
        string => value,
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture),
        double d when Math.Floor(d) == d && double.IsFinite(d) => d.ToString("0", CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"ID cannot represent value: {Inspect.Value(value)}"),
    };

    public override object? ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new CoercionException($"ID cannot represent a non-string and non-integer value: {Printer.Print(literal)}"),
    };
}
