namespace Mobility.Placements.Grants;

/// <summary>The last grant computed for a placement, with the inputs the coordinator gave and its lines.</summary>
internal sealed class PlacementGrant
{
    private readonly List<PlacementGrantLine> _lines = [];

    private PlacementGrant()
    {
    }

    public PlacementGrant(Guid placementId, GrantInput input, GrantBreakdown breakdown, DateTime computedAt)
    {
        PlacementId = placementId;
        CallYear = breakdown.CallYear;
        Currency = breakdown.Currency;
        DistanceKm = breakdown.DistanceKm;
        GreenTravel = input.GreenTravel;
        TravelDays = input.TravelDays;
        FewerOpportunities = input.FewerOpportunities;
        ParticipantNumber = input.ParticipantNumber;
        Total = breakdown.Total;
        ComputedAt = computedAt;
        _lines.AddRange(breakdown.Lines.Select((l, i) => new PlacementGrantLine(placementId, i + 1, l)));
    }

    public Guid PlacementId { get; private set; }

    public int CallYear { get; private set; }

    public string Currency { get; private set; } = "";

    public double DistanceKm { get; private set; }

    public bool GreenTravel { get; private set; }

    public int TravelDays { get; private set; }

    public bool FewerOpportunities { get; private set; }

    public int ParticipantNumber { get; private set; }

    public decimal Total { get; private set; }

    public DateTime ComputedAt { get; private set; }

    public IReadOnlyList<PlacementGrantLine> Lines => _lines;

    public GrantBreakdown ToBreakdown()
        => new(CallYear, Currency, DistanceKm, [.. _lines.OrderBy(l => l.Position).Select(l => l.ToLine())]);
}
