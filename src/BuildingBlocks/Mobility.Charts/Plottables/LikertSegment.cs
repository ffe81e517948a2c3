namespace Mobility.Charts.Plottables;

/// <summary>One answer level of one survey item, as a horizontal span in percent around the neutral centre.</summary>
internal readonly record struct LikertSegment(int Item, int Level, double Start, double End)
{
    public double Share => End - Start;
}
