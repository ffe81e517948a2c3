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

/// <summary>
/// Exposes a string, Guid or integer member as the ID scalar. With global object identification
/// (<c>AddGlobalObjectIdentification</c>), an argument or input field marked <c>[ID]</c> accepts a global ID and the
/// resolver receives its raw key; <c>[ID("Learner")]</c> (or <c>[ID&lt;LearnerType&gt;]</c>) also requires it to be a
/// Learner's. On an output property, <c>[ID("Learner")]</c> writes the value as a Learner's global ID.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public class IDAttribute : Attribute
{
    /// <summary>Any global ID (or a plain ID without global object identification).</summary>
    public IDAttribute()
    {
    }

    /// <summary>The global ID of an object of <paramref name="typeName"/>.</summary>
    /// <param name="typeName">The GraphQL name of the node type, e.g. "Learner".</param>
    public IDAttribute(string typeName) => TypeName = typeName;

    /// <summary>The node type whose global IDs are accepted or written; null for any.</summary>
    public string? TypeName { get; protected init; }
}

/// <summary>The global ID of a <typeparamref name="T"/>, named by its GraphQL name (for types internal to a module).</summary>
/// <typeparam name="T">The node type's class.</typeparam>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class IDAttribute<T> : IDAttribute
{
    /// <summary>The global ID of a <typeparamref name="T"/>.</summary>
    public IDAttribute() => TypeName = Mobility.GraphQL.CodeFirst.Naming.Type(typeof(T), input: false);
}

/// <summary>
/// Makes the class a Relay node (HotChocolate's <c>[Node]</c>) when the schema has global object identification:
/// its type implements <c>Node</c>, its <c>id</c> field answers the opaque global ID (base64 of <c>TypeName:key</c>),
/// and <c>node(id:)</c> finds it through its static <c>[NodeResolver]</c> method.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class NodeAttribute : Attribute
{
    /// <summary>The property holding the key; "Id" by default. Exposed as the <c>id</c> field.</summary>
    public string? IdField { get; init; }
}

/// <summary>
/// The static method of a <c>[Node]</c> class that loads one by key for <c>node(id:)</c> and <c>nodes(ids:)</c>.
/// Its parameter named <c>id</c> receives the raw key; the others are filled like any resolver's (services, data
/// loaders through <c>ResolverContext</c>, the user), and a method taking services runs in a service scope of its own.
/// It returns the object, null when there is none the viewer may see, or a task of it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NodeResolverAttribute : Attribute;

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
