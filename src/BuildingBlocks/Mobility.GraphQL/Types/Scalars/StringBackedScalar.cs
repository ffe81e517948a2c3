using Mobility.GraphQL.Language;
using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Types.Scalars;

/// <summary>A scalar written as a JSON string and held as a .NET value (dates, UUIDs, URLs).</summary>
internal abstract class StringBackedScalar(string name, string description, string specifiedBy) : ScalarType(name, description)
{
    protected abstract bool TryParse(string text, out object value);

    protected abstract string? Format(object value);

    public override object Serialize(object value) =>
        Format(value) ?? (value is string s && TryParse(s, out _) ? s : throw new CoercionException($"{Name} cannot represent value: {Inspect.Value(value)}"));

    public override object? ParseValue(object value) =>
        value is string s && TryParse(s, out var parsed) ? parsed : throw new CoercionException($"{Name} cannot represent value: {Inspect.Value(value)}");

    public override object? ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s && TryParse(s.Value, out var parsed)
            ? parsed
            : throw new CoercionException($"{Name} cannot represent value: {Printer.Print(literal)}");

    internal void UseSpecification() => SpecifiedByUrl = specifiedBy;
}
