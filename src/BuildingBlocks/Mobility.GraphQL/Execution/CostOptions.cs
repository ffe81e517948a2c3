namespace Mobility.GraphQL.Execution;

/// <summary>
/// Static cost analysis like HotChocolate's: composite and list fields cost 1 (leaves 0), multiplied by the sizes of
/// the lists around them; the type cost counts the objects an operation may return. Checked before execution.
/// </summary>
public sealed record CostOptions
{
    /// <summary>Highest field cost allowed; null means not enforced (HotChocolate enforces 1000).</summary>
    public double? MaxFieldCost { get; init; }

    /// <summary>Highest type cost allowed; null means not enforced.</summary>
    public double? MaxTypeCost { get; init; }

    /// <summary>Assumed list size when a list field has no <c>first</c>/<c>last</c> argument (HotChocolate: 50).</summary>
    public int AssumedListSize { get; init; } = 50;

    /// <summary>Always report <c>extensions.operationCost</c> (otherwise only on request).</summary>
    public bool AlwaysReport { get; init; }
}
