namespace Mobility.Placements.Grants;

/// <summary>
/// One line of a grant: what it pays for, on which basis (in words), how many units at which rate, and whether the
/// rate comes from a verified source.
/// </summary>
internal sealed record GrantLine(GrantCategory Category, string Basis, decimal Quantity, decimal Rate, decimal Amount, bool Verified)
{
    public static GrantLine Of(GrantCategory category, string basis, decimal quantity, decimal rate, bool verified)
        => new(category, basis, quantity, rate, Math.Round(quantity * rate, 2, MidpointRounding.AwayFromZero), verified);
}
