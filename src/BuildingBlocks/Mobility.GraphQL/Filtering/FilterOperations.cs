namespace Mobility.GraphQL.Filtering;

/// <summary>The operation inputs a filtered member gets, by kind of CLR type (HotChocolate's sets of operations).</summary>
internal enum FilterOperationKind
{
    /// <summary>eq neq contains ncontains in nin startsWith nstartsWith endsWith nendsWith, and/or, mode.</summary>
    String,

    /// <summary>eq neq in nin gt ngt gte ngte lt nlt lte nlte.</summary>
    Comparable,

    /// <summary>eq neq in nin (enums, UUID, URL).</summary>
    Equatable,

    /// <summary>eq neq.</summary>
    Boolean,
}

internal static class FilterOperations
{
    public static readonly string[] Comparisons = ["gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];

    public static readonly string[] StringMatches = ["contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith"];

    public static FilterOperationKind KindOf(Type type)
    {
        var clr = Nullable.GetUnderlyingType(type) ?? type;
        if (clr == typeof(string))
        {
            return FilterOperationKind.String;
        }

        if (clr == typeof(bool))
        {
            return FilterOperationKind.Boolean;
        }

        return clr.IsEnum || clr == typeof(Guid) || clr == typeof(Uri) || clr == typeof(char)
            ? FilterOperationKind.Equatable
            : FilterOperationKind.Comparable;
    }
}
