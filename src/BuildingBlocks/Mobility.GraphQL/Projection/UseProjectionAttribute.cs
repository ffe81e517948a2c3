namespace Mobility.GraphQL;

/// <summary>
/// Rewrites the <see cref="IQueryable{T}"/> a resolver returns into a <c>Select</c> of the fields the operation
/// asks for, including nested navigations and collections, like HotChocolate's <c>[UseProjection]</c>: EF Core
/// then reads only those columns and joins. The entity key is always read, so extension fields can load by it.
/// </summary>
/// <remarks>
/// The projected objects are new instances of the entity class with only the selected members set; methods on
/// the entity see only those. A computed field reads the members its expression uses.
/// </remarks>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UseProjectionAttribute : Attribute;

/// <summary>
/// Always reads this member when the type is projected, even when the operation does not select it (or it is not
/// a field at all, with <see cref="GraphQLIgnoreAttribute"/>): the id a method or an extension field loads by,
/// like HotChocolate's <c>[IsProjected(true)]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class IsProjectedAttribute : Attribute;
