using System.Xml.Linq;
using Mobility.Charts.Plottables;

namespace Mobility.Charts.Tests;

public class LabelOverlapTests
{
    private const int Width = 600;
    private const int Height = 400;

    [Theory]
    [InlineData(8)]
    [InlineData(20)]
    [InlineData(45)]
    [InlineData(120)]
    public void Dense_category_labels_never_overlap(int categories)
    {
        var labels = SvgText.In(Render(TestCharts.DenseCategories(categories)), "x-tick-labels");

        Assert.NotEmpty(labels);
        AssertNoOverlaps(labels);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(45)]
    public void Dense_category_labels_stay_inside_the_figure(int categories)
    {
        var labels = SvgText.In(Render(TestCharts.DenseCategories(categories)), "x-tick-labels");

        AssertInsideFigure(labels);
    }

    [Fact]
    public void Short_category_labels_stay_horizontal()
    {
        var labels = SvgText.In(Render(TestCharts.Bars()), "x-tick-labels");

        Assert.All(labels, l => Assert.Equal(0, l.Rotation));
    }

    [Fact]
    public void Crowded_category_labels_are_rotated_and_all_kept_before_any_is_thinned()
    {
        var labels = SvgText.In(Render(TestCharts.DenseCategories(20)), "x-tick-labels");

        Assert.Equal(20, labels.Count);
        Assert.All(labels, l => Assert.NotEqual(0, l.Rotation));
    }

    [Fact]
    public void Very_long_category_labels_are_shortened_in_the_middle_instead_of_clipped()
    {
        var plt = new Plot();
        plt.Add.Bars([new string('x', 200), "short", new string('y', 200)], [1, 2, 3]);
        var labels = SvgText.In(Render(plt), "x-tick-labels");

        Assert.Contains(labels, l => l.Text.Contains('…', StringComparison.Ordinal));
        AssertInsideFigure(labels);
    }

    [Fact]
    public void Shortened_labels_that_share_a_prefix_keep_their_distinct_endings()
    {
        var plt = TestCharts.DenseCategories(12);
        var labels = SvgText.In(XDocument.Parse(plt.GetSvgXml(480, 200)).Root!, "x-tick-labels");

        Assert.Contains(labels, l => l.Text.Contains('…', StringComparison.Ordinal));
        Assert.Equal(labels.Count, labels.Select(l => l.Text).Distinct().Count());
    }

    [Fact]
    public void Value_labels_on_crowded_grouped_bars_never_overlap_and_stay_inside()
    {
        var plt = new Plot();
        var categories = Enumerable.Range(2000, 14).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var series = Enumerable.Range(0, 4)
            .Select(s => new BarSeries($"S{s}", categories.Select((_, i) => 10_000.0 + 997 * ((i + s) % 9)).ToArray()))
            .ToArray();
        plt.Add.GroupedBars(categories, series).ValueLabels = true;
        var labels = SvgText.In(Render(plt), "value-labels");

        Assert.NotEmpty(labels);
        AssertNoOverlaps(labels);
        AssertInsideFigure(labels);
    }

    [Fact]
    public void A_bar_that_reaches_the_plots_edge_keeps_its_value_label_inside_its_end()
    {
        var plt = new Plot();
        plt.Add.HorizontalBars(["Satisfied", "Ready to go again", "Improved language skills"], [100, 98, 92]).ValueLabels = true;
        plt.Axes.Bottom.SetLimits(0, 100);
        var labels = SvgText.In(Render(plt), "value-labels");

        Assert.Equal(["100", "98", "92"], labels.Select(l => l.Text));
        AssertNoOverlaps(labels);
        AssertInsideFigure(labels);
    }

    [Fact]
    public void Tick_labels_of_both_axes_the_title_and_the_legend_do_not_overlap_one_another()
    {
        var root = Render(TestCharts.LinesOverDates());
        var texts = root.Descendants(SvgText.Svg + "text").Select(SvgText.From).ToArray();

        AssertNoOverlaps(texts);
        AssertInsideFigure(texts);
    }

    [Fact]
    public void Long_horizontal_bar_categories_grow_the_left_margin_instead_of_being_clipped()
    {
        var plt = new Plot();
        plt.Add.HorizontalBars(["Intercultural awareness and communication", "Teamwork"], [4.2, 3.1]);
        var labels = SvgText.In(Render(plt), "y-tick-labels");

        Assert.Equal(2, labels.Count);
        AssertInsideFigure(labels);
    }

    private static XElement Render(Plot plot) => XDocument.Parse(plot.GetSvgXml(Width, Height)).Root!;

    private static void AssertNoOverlaps(IReadOnlyList<SvgText> labels)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            for (var j = i + 1; j < labels.Count; j++)
            {
                Assert.False(labels[i].Overlaps(labels[j]), $"'{labels[i].Text}' overlaps '{labels[j].Text}'");
            }
        }
    }

    private static void AssertInsideFigure(IEnumerable<SvgText> labels)
    {
        foreach (var label in labels)
        {
            Assert.All(label.Corners(), c =>
            {
                Assert.InRange(c.X, 0, Width);
                Assert.InRange(c.Y, 0, Height);
            });
        }
    }
}
