namespace Mobility.GraphQL;

/// <summary>Overrides the GraphQL name of a type, field, argument or enum value.</summary>
/// <param name="name">The GraphQL name.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLNameAttribute(string name) : Attribute
{
    /// <summary>The GraphQL name.</summary>
    public string Name { get; } = name;
}

/// <summary>Sets the description (otherwise taken from the XML documentation summary).</summary>
/// <param name="description">The description, Markdown allowed.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLDescriptionAttribute(string description) : Attribute
{
    /// <summary>The description.</summary>
    public string Description { get; } = description;
}

/// <summary>Keeps a public member out of the schema.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field)]
public sealed class GraphQLIgnoreAttribute : Attribute;

/// <summary>Marks a field, argument or enum value deprecated (<c>[Obsolete]</c> works too).</summary>
/// <param name="reason">Why, and what to use instead.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLDeprecatedAttribute(string reason = "No longer supported") : Attribute
{
    /// <summary>The deprecation reason.</summary>
    public string Reason { get; } = reason;
}

/// <summary>Exposes a string, Guid or integer member as the ID scalar.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class IDAttribute : Attribute;

/// <summary>A resolver parameter that comes from the request's services, never from GraphQL arguments.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ServiceAttribute : Attribute;

/// <summary>
/// Adds the public members of the class as fields of another type: a CLR type (for example a module's
/// <c>Learner</c>) or a root type by name ("Query", "Mutation"). Register it with AddTypeExtension.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ExtendObjectTypeAttribute : Attribute
{
    /// <summary>Extends the object type bound to a CLR type.</summary>
    /// <param name="type">The CLR type of the object type.</param>
    public ExtendObjectTypeAttribute(Type type) => Type = type;

    /// <summary>Extends a type by GraphQL name (usually "Query" or "Mutation").</summary>
    /// <param name="name">The GraphQL type name.</param>
    public ExtendObjectTypeAttribute(string name) => Name = name;

    /// <summary>The extended CLR type, when given.</summary>
    public Type? Type { get; }

    /// <summary>The extended GraphQL type name, when given.</summary>
    public string? Name { get; }
}

/// <summary>
/// Makes a C# interface or abstract class a GraphQL interface (HotChocolate's <c>[InterfaceType]</c>). Not needed for
/// an interface or abstract class a field returns or <c>AddType</c> registers: those become interfaces anyway.
/// Its public properties and methods are the interface's fields; every object type whose class implements or
/// derives from it implements it, and a value's runtime class decides its object type.
/// </summary>
/// <param name="name">The GraphQL name; by default the class name, without the leading <c>I</c> of an interface.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface, Inherited = false)]
public sealed class InterfaceTypeAttribute(string? name = null) : Attribute
{
    /// <summary>The GraphQL name, when given.</summary>
    public string? Name { get; } = name;
}

/// <summary>
/// Makes a C# (usually marker) interface or abstract class a GraphQL union of the object types whose classes
/// implement or derive from it (HotChocolate's <c>[UnionType]</c>); register those with <c>AddType</c> when no field
/// returns them. A value's runtime class decides its member type.
/// </summary>
/// <param name="name">The GraphQL name; by default the class name, without the leading <c>I</c> of an interface.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface, Inherited = false)]
public sealed class UnionTypeAttribute(string? name = null) : Attribute
{
    /// <summary>The GraphQL name, when given.</summary>
    public string? Name { get; } = name;
}
