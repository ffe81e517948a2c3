using System.Linq.Expressions;

namespace Mobility.GraphQL.Sorting;

/// <summary>
/// One ORDER BY term: the key over the entity, its direction, and whether it may be null. Nullable keys are
/// ordered nulls-last (nulls-first when descending) on every database by sorting on <c>key == null</c> first,
/// because SQLite and PostgreSQL place nulls differently by default.
/// </summary>
internal sealed record SortKey(LambdaExpression Key, bool Descending, bool Nullable)
{
    public Type Type => Key.ReturnType;

    public string Describe() => $"{Key}:{(Descending ? "DESC" : "ASC")}";
}
