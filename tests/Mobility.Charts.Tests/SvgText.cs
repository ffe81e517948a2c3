using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Mobility.Charts.Text;

namespace Mobility.Charts.Tests;

/// <summary>
/// A &lt;text&gt; element read back from rendered SVG, with its box recomputed from the font metrics: the baseline
/// point, the text-anchor and the rotation are taken from the attributes, independently of the layout code.
/// </summary>
internal sealed partial record SvgText(string Text, double X, double Y, double FontSize, string Anchor, double Rotation, bool Bold)
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static IReadOnlyList<SvgText> In(XElement root, string groupClass) =>
        root.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == groupClass)
            .SelectMany(g => g.Elements(Svg + "text")).Select(From).ToArray();

    public static SvgText From(XElement e)
    {
        double Number(string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);
        var transform = (string?)e.Attribute("transform");
        var rotation = transform is null ? 0 : double.Parse(RotateAngle().Match(transform).Groups[1].Value, CultureInfo.InvariantCulture);
        return new SvgText(
            e.Value, Number("x"), Number("y"), Number("font-size"), (string?)e.Attribute("text-anchor") ?? "start",
            rotation, (string?)e.Attribute("font-weight") == "bold");
    }

    /// <summary>Corners of the rotated box: advance width from the metrics, ascent above and descent below the baseline.</summary>
    public (double X, double Y)[] Corners()
    {
        var width = TextMetrics.Width(Text, FontSize, Bold);
        var left = Anchor switch { "middle" => -width / 2, "end" => -width, _ => 0 };
        var (up, down) = (TextMetrics.Ascent * FontSize, TextMetrics.Descent * FontSize);
        var (sin, cos) = Math.SinCos(Rotation * Math.PI / 180);
        (double, double) At(double dx, double dy) => (X + dx * cos - dy * sin, Y + dx * sin + dy * cos);
        return [At(left, -up), At(left + width, -up), At(left + width, down), At(left, down)];
    }

    public bool Overlaps(SvgText other) => Geometry.ConvexPolygonsOverlap(Corners(), other.Corners());

    [GeneratedRegex(@"rotate\(([-0-9.]+)")]
    private static partial Regex RotateAngle();
}
