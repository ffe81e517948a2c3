using Mobility.GraphQL.Execution;

namespace Mobility.GraphQL.Types;

/// <summary>§3.6.1 A field of an object or interface type, with its resolver once bound.</summary>
internal sealed class FieldDefinition(string name, GraphQLType type)
{
    public string Name { get; } = name;

    public GraphQLType Type { get; internal set; } = type;

    public string? Description { get; internal set; }

    public string? DeprecationReason { get; internal set; }

    public InputValueDefinition[] Arguments { get; internal set; } = [];

    /// <summary>Null means the default resolver: a property, dictionary entry or method of the parent with the field's name.</summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>The CLR property a code-first field reads, used by projection.</summary>
    public System.Reflection.PropertyInfo? ClrProperty { get; internal set; }

    /// <summary>The expression of a computed field (<c>AddComputedField</c>), used by projection, filtering and sorting.</summary>
    public System.Linq.Expressions.LambdaExpression? ComputedExpression { get; internal set; }

    /// <summary>How the cost analysis sizes the lists below a connection field (HotChocolate's @listSize).</summary>
    public ListSizeInfo? ListSize { get; internal set; }

    /// <summary>The <c>[Authorize]</c> rules of the member and of the class that declares it (printed on the field).</summary>
    public List<Authorization.AuthorizeRule> AuthorizeRules { get; } = [];

    /// <summary>Whether the member or its class is <c>[AllowAnonymous]</c>.</summary>
    public bool AllowAnonymous { get; internal set; }

    /// <summary>Every rule a reader must pass (type, class, member or the schema default); null when anyone may read it.</summary>
    public Authorization.FieldAuthorization? Authorization { get; internal set; }

    /// <summary>The declaring type, set when the schema is built.</summary>
    public ComplexType DeclaringType { get; internal set; } = null!;

    public InputValueDefinition? Argument(string argumentName) => Array.Find(Arguments, a => a.Name == argumentName);

    public override string ToString() => $"{DeclaringType?.Name}.{Name}";
}
