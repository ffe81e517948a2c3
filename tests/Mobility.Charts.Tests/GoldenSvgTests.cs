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
}
