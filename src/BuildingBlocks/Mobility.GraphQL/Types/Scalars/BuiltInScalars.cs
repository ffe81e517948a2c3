namespace Mobility.GraphQL.Types.Scalars;

/// <summary>The five specified scalars (§3.5) and the platform's extra scalars, by name.</summary>
internal static class BuiltInScalars
{
    public static readonly IReadOnlySet<string> SpecifiedNames = new HashSet<string>(StringComparer.Ordinal) { "Int", "Float", "String", "Boolean", "ID" };

    /// <summary>A fresh instance for a specified or platform scalar name, or null for an opaque custom scalar.</summary>
    public static ScalarType? Create(string name) => name switch
    {
        "Int" => new IntType(),
        "Float" => new FloatType(),
        "String" => new StringType(),
        "Boolean" => new BooleanType(),
        "ID" => new IdType(),
        "DateTime" => new DateTimeType(),
        "Date" => new DateType(),
        "UUID" => new UuidType(),
        "URL" => new UrlType(),
        "Long" => new LongType(),
        "Decimal" => new DecimalType(),
        _ => null,
    };
}
