using Mobility.GraphQL.Language;
using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Types.Scalars;

/// <summary>§3.5.4 Boolean.</summary>
internal sealed class BooleanType() : ScalarType("Boolean", "`true` or `false`.")
{
    public override object Serialize(object value) => value switch
    {
        bool => value,
        _ when Numbers.TryToDouble(value, out var d) => d != 0,
        _ => throw new CoercionException($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}"),
    };

    public override object? ParseValue(object value) =>
        value is bool ? value : throw new CoercionException($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}");

    public override object? ParseLiteral(ValueNode literal) =>
        literal is BooleanValueNode b ? b.Value : throw new CoercionException($"Boolean cannot represent a non boolean value: {Printer.Print(literal)}");
}
