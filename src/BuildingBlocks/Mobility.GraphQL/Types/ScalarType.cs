using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Types;

/// <summary>
/// §3.5 Scalars. The base class is an opaque custom scalar (values pass through unchanged);
/// built-in and platform scalars override the three coercions and throw <see cref="CoercionException"/>.
/// </summary>
internal class ScalarType(string name, string? description = null) : NamedType(name, description)
{
    public override TypeKind Kind => TypeKind.Scalar;

    public string? SpecifiedByUrl { get; internal set; }

    /// <summary>Result coercion: a .NET value the JSON writer understands (string, bool, int, long, double, decimal, ...).</summary>
    public virtual object Serialize(object value) => value;

    /// <summary>Input coercion of a variable value (from JSON: string, bool, long, double, lists, dictionaries).</summary>
    public virtual object? ParseValue(object value) => value;

    /// <summary>Input coercion of a literal in the document (never a variable or null).</summary>
    public virtual object? ParseLiteral(ValueNode literal) => ValueFromLiteral.Untyped(literal);
}

/// <summary>A value that cannot be coerced to a type; the message follows graphql-js.</summary>
internal sealed class CoercionException(string message) : Exception(message);
