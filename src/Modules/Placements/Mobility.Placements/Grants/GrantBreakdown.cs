namespace Mobility.Placements.Grants;

/// <summary>A placement's Erasmus+ grant by unit costs, line by line, for one call year's rates.</summary>
internal sealed record GrantBreakdown(int CallYear, string Currency, double DistanceKm, IReadOnlyList<GrantLine> Lines)
{
    public decimal Total => Lines.Sum(l => l.Amount);

    public bool FullyVerified => Lines.All(l => l.Verified);
}
