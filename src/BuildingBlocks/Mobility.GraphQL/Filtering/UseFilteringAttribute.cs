namespace Mobility.GraphQL;

/// <summary>
/// Adds a <c>where: XFilterInput</c> argument to a resolver returning <see cref="IQueryable{T}"/>, like
/// HotChocolate's <c>[UseFiltering]</c>. The filter becomes a <see cref="System.Linq.Expressions.Expression"/>
/// passed to <see cref="Queryable.Where{TSource}(IQueryable{TSource}, System.Linq.Expressions.Expression{Func{TSource, bool}})"/>,
/// so the database does the filtering (EF Core translates it to SQL).
/// </summary>
/// <remarks>
/// <c>XFilterInput</c> has <c>and</c>, <c>or</c> and <c>not</c> and one field per property: strings get
/// <c>StringOperationFilterInput</c> (with <c>mode: INSENSITIVE</c> for case-insensitive matching), numbers and
/// dates the comparable operations, enums and booleans equality, navigations a nested filter, collections
/// <c>some</c>/<c>all</c>/<c>none</c>/<c>any</c>, computed fields (<c>AddComputedField</c>) their expression.
/// </remarks>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UseFilteringAttribute : Attribute;
