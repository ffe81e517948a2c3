using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Mobility.Charts.Tests;

public partial class SvgOutputTests
{
    public static TheoryData<string> ChartNames => new(TestCharts.All.Keys);

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Rendering_the_same_chart_twice_gives_identical_bytes(string name)
    {
        var first = TestCharts.All[name]().GetSvgXml(500, 300);
        var second = TestCharts.All[name]().GetSvgXml(500, 300);

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Output_does_not_depend_on_the_current_culture(string culture)
    {
        var invariant = Render(CultureInfo.InvariantCulture);
        var local = Render(new CultureInfo(culture));

        Assert.Equal(invariant, local);

        static string Render(CultureInfo culture)
        {
            var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            try
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
                return string.Concat(TestCharts.All.Values.Select(build => build().GetSvgXml(500, 300)));
            }
            finally
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
            }
        }
    }

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Every_chart_is_an_image_labelled_by_its_title_and_description(string name)
    {
        var root = XDocument.Parse(TestCharts.All[name]().GetSvgXml(500, 300)).Root!;
        var title = root.Element(SvgText.Svg + "title");
        var desc = root.Element(SvgText.Svg + "desc");

        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.False(string.IsNullOrWhiteSpace(title?.Value));
        Assert.False(string.IsNullOrWhiteSpace(desc?.Value));
        Assert.Equal($"{(string?)title!.Attribute("id")} {(string?)desc!.Attribute("id")}", (string?)root.Attribute("aria-labelledby"));
    }

    [Fact]
    public void A_chart_without_a_title_still_gets_a_title_and_a_description_of_its_content()
    {
        var plt = new Plot();
        plt.Add.Bars(["Red", "Blue"], [1, 2]);
        var root = XDocument.Parse(plt.GetSvgXml(300, 200)).Root!;

        Assert.Equal("Chart", root.Element(SvgText.Svg + "title")!.Value);
        Assert.Contains("Red 1, Blue 2", root.Element(SvgText.Svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Unicode_and_markup_characters_in_labels_survive_as_text()
    {
        const string Category = "Łódź & Straße <Çeşme> \"Éire\" 'Ş'";
        var plt = new Plot();
        plt.Add.Bars([Category, "Zürich"], [3, 4]);
        plt.Title("Mobilität – Kraków → València");
        var svg = plt.GetSvgXml(500, 300);
        var root = XDocument.Parse(svg).Root!;

        Assert.Contains(Category, SvgText.In(root, "x-tick-labels").Select(t => t.Text));
        Assert.Equal("Mobilität – Kraków → València", root.Element(SvgText.Svg + "title")!.Value);
        Assert.Contains("&amp; Straße &lt;Çeşme&gt;", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_and_lone_surrogates_are_removed_so_the_svg_stays_well_formed()
    {
        var plt = new Plot();
        plt.Add.Bars(["bad\u0001name", "half\uD800pair"], [1, 2]);

        var root = XDocument.Parse(plt.GetSvgXml(300, 200)).Root!;

        Assert.Equal(["badname", "half\uFFFDpair"], SvgText.In(root, "x-tick-labels").Select(t => t.Text));
    }

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Every_text_has_one_x_and_one_y_and_an_explicit_anchor_and_baseline(string name)
    {
        var root = XDocument.Parse(TestCharts.All[name]().GetSvgXml(500, 300)).Root!;

        Assert.All(root.Descendants(SvgText.Svg + "text"), text =>
        {
            Assert.Matches(SingleNumber(), (string?)text.Attribute("x"));
            Assert.Matches(SingleNumber(), (string?)text.Attribute("y"));
            Assert.NotNull(text.Attribute("text-anchor"));
            Assert.NotNull(text.Attribute("dominant-baseline"));
        });
    }

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Numbers_use_a_dot_and_at_most_two_decimals_and_ids_are_fixed(string name)
    {
        var svg = TestCharts.All[name]().GetSvgXml(500, 300);

        Assert.DoesNotMatch(@"\d,\d+""", svg);
        Assert.DoesNotMatch(@"\d\.\d{3,}", svg);
        Assert.DoesNotMatch(@"[0-9]E[+-]?[0-9]", svg);
        Assert.All(Regex.Matches(svg, @"id=""([^""]+)""").Select(m => m.Groups[1].Value), id => Assert.StartsWith("chart-", id, StringComparison.Ordinal));
    }

    [Fact]
    public void The_id_prefix_makes_ids_unique_for_charts_inlined_in_one_page()
    {
        var plt = TestCharts.Bars();
        plt.IdPrefix = "impact report 2";

        var svg = plt.GetSvgXml(300, 200);

        Assert.Contains("id=\"impact-report-2-title\"", svg, StringComparison.Ordinal);
        Assert.Contains("url(#impact-report-2-clip)", svg, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^-?\d+(\.\d{1,2})?$")]
    private static partial Regex SingleNumber();
}
