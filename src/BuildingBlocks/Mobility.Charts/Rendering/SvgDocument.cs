using System.Text;
using Mobility.Charts.Layout;

namespace Mobility.Charts.Rendering;

/// <summary>Wraps rendered bodies in an accessible standalone &lt;svg&gt; root: role="img" labelled by its &lt;title&gt; and &lt;desc&gt;.</summary>
internal static class SvgDocument
{
    public static string Render(Plot plot, int width, int height)
    {
        var layout = LayoutEngine.Compute(plot, width, height);
        var id = SafeId(plot.IdPrefix);
        var svg = new SvgWriter();
        Open(svg, width, height, id, plot.TitleText, plot.Description ?? DescriptionBuilder.Describe(plot, layout), plot.Theme);
        PlotRenderer.RenderBody(plot, layout, svg, id);
        svg.Raw("</svg>\n");
        return svg.ToString();
    }

    public static void Open(SvgWriter svg, int width, int height, string id, string? title, string description, Theme theme)
    {
        svg.Raw("<svg xmlns=\"http://www.w3.org/2000/svg\"")
            .Attr("width", width).Attr("height", height).Attr("viewBox", $"0 0 {width} {height}")
            .Attr("role", "img").Attr("aria-labelledby", $"{id}-title {id}-desc")
            .Attr("font-family", theme.FontFamily)
            .Raw(">\n");
        svg.Element("title", string.IsNullOrWhiteSpace(title) ? "Chart" : title, $"{id}-title");
        svg.Element("desc", description, $"{id}-desc");
    }

    public static void Save(string path, string svg) => File.WriteAllText(path, svg, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    /// <summary>Ids must be XML names: anything else becomes '-'.</summary>
    public static string SafeId(string prefix)
    {
        var chars = prefix.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray();
        var id = new string(chars);
        return id.Length == 0 || !char.IsAsciiLetter(id[0]) ? "c" + id : id;
    }
}
