using Mobility.Charts.Text;

namespace Mobility.Charts.Rendering;

/// <summary>
/// Accepts value labels first come, first served: a label that would touch one already placed, or leave the area it
/// belongs to, is refused rather than drawn over another.
/// </summary>
internal sealed class LabelPlacer
{
    private const double Gap = 2;
    private readonly List<OrientedBox> _placed = [];

    public IReadOnlyList<OrientedBox> Placed => _placed;

    public bool TryPlace(TextBlock label, PixelRect within)
    {
        var box = label.Box;
        if (!within.Contains(box.Bounds) || _placed.Any(p => p.Intersects(box, Gap)))
        {
            return false;
        }

        _placed.Add(box);
        return true;
    }
}
