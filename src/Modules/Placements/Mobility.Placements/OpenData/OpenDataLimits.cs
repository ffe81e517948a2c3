namespace Mobility.Placements.OpenData;

/// <summary>Column sizes; a row with a longer value is rejected rather than cut.</summary>
internal static class OpenDataLimits
{
    public const int Name = 300;
    public const int City = 200;
    public const int Text = 200;
    public const int Label = 20;
    public const int ProjectReference = 50;
    public const int NaturalKey = 100;
}
