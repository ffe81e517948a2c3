using System.Xml.Linq;

namespace Mobility.Charts.Tests;

public class GoldenSvgTests
{
    public static TheoryData<string> ChartNames => new(TestCharts.All.Keys);

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Each_chart_type_renders_the_approved_svg(string name)
    {
        var svg = TestCharts.All[name]().GetSvgXml(480, 320);

        GoldenFile.Verify(name + ".svg", svg);
    }

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Each_chart_type_parses_as_xml_with_an_svg_root(string name)
    {
        var document = XDocument.Parse(TestCharts.All[name]().GetSvgXml(480, 320));

        Assert.Equal(SvgText.Svg + "svg", document.Root!.Name);
    }

    [Fact]
    public void Small_multiples_render_the_approved_svg_with_one_group_per_panel()
    {
        var svg = TestCharts.SmallMultiples().GetSvgXml(640, 320);
        var root = XDocument.Parse(svg).Root!;

        GoldenFile.Verify("small-multiples.svg", svg);
        Assert.Equal(2, root.Elements(SvgText.Svg + "g").Count(g => (string?)g.Attribute("class") == "subplot"));
    }
}
