namespace Mobility.Placements.Grants;

internal sealed class PlacementGrantLine
{
    private PlacementGrantLine()
    {
    }

    public PlacementGrantLine(Guid placementId, int position, GrantLine line)
    {
        PlacementId = placementId;
        Position = position;
        Category = line.Category;
        Basis = line.Basis;
        Quantity = line.Quantity;
        Rate = line.Rate;
        Amount = line.Amount;
        Verified = line.Verified;
    }

    public Guid PlacementId { get; private set; }

    public int Position { get; private set; }

    public GrantCategory Category { get; private set; }

    public string Basis { get; private set; } = "";

    public decimal Quantity { get; private set; }

    public decimal Rate { get; private set; }

    public decimal Amount { get; private set; }

    public bool Verified { get; private set; }

    public GrantLine ToLine() => new(Category, Basis, Quantity, Rate, Amount, Verified);
}
