namespace Mobility.Charts.Text;

/// <summary>Which point of the text's advance the anchor x refers to (SVG text-anchor).</summary>
internal enum TextAnchor
{
    Start,
    Middle,
    End,
}
