using System.Text;
using Mobility.Charts.Text;

namespace Mobility.Charts.Rendering;

/// <summary>
/// Appends SVG elements with a fixed attribute order and fixed number formatting. Every text is one &lt;text&gt; with a
/// single x/y on its alphabetic baseline; rotation is a transform about that same point.
/// </summary>
internal sealed class SvgWriter
{
    private readonly StringBuilder _sb = new(16 * 1024);

    public override string ToString() => _sb.ToString();

    public SvgWriter Raw(string text)
    {
        _sb.Append(text);
        return this;
    }

    public SvgWriter Attr(string name, string value)
    {
        _sb.Append(' ').Append(name).Append("=\"");
        XmlText.Append(_sb, value);
        _sb.Append('"');
        return this;
    }

    public SvgWriter Attr(string name, double value)
    {
        _sb.Append(' ').Append(name).Append("=\"");
        SvgNumber.Append(_sb, value);
        _sb.Append('"');
        return this;
    }

    public void BeginGroup(string? cssClass = null, string? clipId = null, string? transform = null)
    {
        _sb.Append("<g");
        if (cssClass is not null)
        {
            Attr("class", cssClass);
        }

        if (clipId is not null)
        {
            Attr("clip-path", $"url(#{clipId})");
        }

        if (transform is not null)
        {
            Attr("transform", transform);
        }

        _sb.Append(">\n");
    }

    public void EndGroup() => _sb.Append("</g>\n");

    public void Element(string name, string content, string? id = null)
    {
        _sb.Append('<').Append(name);
        if (id is not null)
        {
            Attr("id", id);
        }

        _sb.Append('>');
        XmlText.Append(_sb, content);
        _sb.Append("</").Append(name).Append(">\n");
    }

    public void ClipRect(string id, PixelRect rect)
    {
        _sb.Append("<defs><clipPath");
        Attr("id", id);
        _sb.Append("><rect");
        Attr("x", rect.Left).Attr("y", rect.Top).Attr("width", rect.Width).Attr("height", rect.Height);
        _sb.Append("/></clipPath></defs>\n");
    }

    public void Rect(PixelRect rect, Color fill, Stroke stroke = default)
    {
        _sb.Append("<rect");
        Attr("x", rect.Left).Attr("y", rect.Top).Attr("width", rect.Width).Attr("height", rect.Height);
        Paint(fill, stroke);
        _sb.Append("/>\n");
    }

    public void Line(Point2 from, Point2 to, Stroke stroke)
    {
        _sb.Append("<line");
        Attr("x1", from.X).Attr("y1", from.Y).Attr("x2", to.X).Attr("y2", to.Y);
        Paint(Color.Transparent, stroke);
        _sb.Append("/>\n");
    }

    public void Circle(Point2 center, double radius, Color fill, Stroke stroke = default)
    {
        _sb.Append("<circle");
        Attr("cx", center.X).Attr("cy", center.Y).Attr("r", radius);
        Paint(fill, stroke);
        _sb.Append("/>\n");
    }

    public void Polyline(IReadOnlyList<Point2> points, Stroke stroke) => Poly("polyline", points, Color.Transparent, stroke);

    public void Polygon(IReadOnlyList<Point2> points, Color fill, Stroke stroke = default) => Poly("polygon", points, fill, stroke);

    public void Path(string data, Color fill, Stroke stroke = default)
    {
        _sb.Append("<path");
        Attr("d", data);
        Paint(fill, stroke);
        _sb.Append("/>\n");
    }

    public void Text(TextBlock text, Color fill, string? cssClass = null)
    {
        var baseline = text.Baseline;
        _sb.Append("<text");
        if (cssClass is not null)
        {
            Attr("class", cssClass);
        }

        Attr("x", baseline.X).Attr("y", baseline.Y).Attr("font-size", text.FontSize);
        if (text.Bold)
        {
            Attr("font-weight", "bold");
        }

        Attr("text-anchor", text.Anchor switch { TextAnchor.Middle => "middle", TextAnchor.End => "end", _ => "start" });
        Attr("dominant-baseline", "alphabetic");
        if (text.Rotation != 0)
        {
            Attr("transform", $"rotate({SvgNumber.Format(text.Rotation)} {SvgNumber.Format(baseline.X)} {SvgNumber.Format(baseline.Y)})");
        }

        Fill(fill);
        _sb.Append('>');
        XmlText.Append(_sb, text.Text);
        _sb.Append("</text>\n");
    }

    private void Poly(string element, IReadOnlyList<Point2> points, Color fill, Stroke stroke)
    {
        _sb.Append('<').Append(element).Append(" points=\"");
        for (var i = 0; i < points.Count; i++)
        {
            if (i > 0)
            {
                _sb.Append(' ');
            }

            SvgNumber.Append(_sb, points[i].X);
            _sb.Append(',');
            SvgNumber.Append(_sb, points[i].Y);
        }

        _sb.Append('"');
        if (element == "polyline")
        {
            _sb.Append(" stroke-linejoin=\"round\"");
        }

        Paint(fill, stroke);
        _sb.Append("/>\n");
    }

    private void Paint(Color fill, Stroke stroke)
    {
        Fill(fill);
        if (!stroke.IsVisible)
        {
            return;
        }

        Attr("stroke", stroke.Color.ToHex()).Attr("stroke-width", stroke.Width);
        if (stroke.Color.A < 255)
        {
            Attr("stroke-opacity", Math.Round(stroke.Color.Opacity, 2));
        }

        if (stroke.DashArray is { } dash)
        {
            Attr("stroke-dasharray", dash);
        }
    }

    private void Fill(Color fill)
    {
        if (fill.IsTransparent)
        {
            Attr("fill", "none");
            return;
        }

        Attr("fill", fill.ToHex());
        if (fill.A < 255)
        {
            Attr("fill-opacity", Math.Round(fill.Opacity, 2));
        }
    }
}
