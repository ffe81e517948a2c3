namespace Mobility.Charts.Text;

/// <summary>Which line of the text box the anchor y refers to; converted to an alphabetic baseline before writing.</summary>
internal enum VerticalAnchor
{
    Top,
    Middle,
    Baseline,
    Bottom,
}
