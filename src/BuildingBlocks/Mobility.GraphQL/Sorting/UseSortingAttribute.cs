namespace Mobility.GraphQL;

/// <summary>
/// Adds an <c>order: [XSortInput!]</c> argument to a resolver returning <see cref="IQueryable{T}"/>, like
/// HotChocolate's <c>[UseSorting]</c>: each element names one field (or a nested object's field) with
/// <c>ASC</c> or <c>DESC</c>; elements apply in order. Computed fields sort by their expression, in the database.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UseSortingAttribute : Attribute;
