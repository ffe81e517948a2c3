using System.Xml.Linq;
using Mobility.Charts.Plottables;

namespace Mobility.Charts.Tests;

public class ChartTypeTests
{
    [Fact]
    public void Likert_answers_diverge_around_zero_with_the_neutral_level_split_in_half()
    {
        var segments = LikertGeometry.Compute([[10, 20, 40, 20, 10]], 5);

        var neutral = segments.Single(s => s.Level == 2);
        Assert.Equal(-20, neutral.Start, 9);
        Assert.Equal(20, neutral.End, 9);
        Assert.All(segments.Where(s => s.Level < 2), s => Assert.True(s.End <= -20 + 1e-9));
        Assert.All(segments.Where(s => s.Level > 2), s => Assert.True(s.Start >= 20 - 1e-9));
        Assert.Equal(100, segments.Sum(s => s.Share), 9);
    }

    [Fact]
    public void Likert_levels_nearest_the_centre_touch_zero_on_even_scales()
    {
        var segments = LikertGeometry.Compute([[1, 1, 1, 1]], 4);

        Assert.Equal(0, segments.Single(s => s.Level == 1).End, 9);
        Assert.Equal(0, segments.Single(s => s.Level == 2).Start, 9);
        Assert.Equal(-50, segments.Single(s => s.Level == 0).Start, 9);
    }

    [Fact]
    public void Histogram_bins_have_round_edges_and_count_every_value()
    {
        double[] values = [0.3, 1.7, 2.2, 2.9, 3.1, 4.8, 9.6];
        var plt = new Plot();

        var histogram = plt.Add.Histogram(values, 5);

        Assert.Equal(values.Length, histogram.Counts.Sum());
        Assert.All(histogram.BinEdges, e => Assert.Equal(Math.Round(e), e, 9));
        Assert.True(histogram.BinEdges[0] <= values.Min() && histogram.BinEdges[^1] > values.Max());
    }

    [Fact]
    public void Dumbbells_on_levels_map_each_level_to_its_position_in_the_order()
    {
        var plt = new Plot();

        var dumbbells = plt.Add.Dumbbells(["x"], ["A2"], ["C1"], ["A1", "A2", "B1", "B2", "C1", "C2"]);

        Assert.Equal([1.0], dumbbells.Before);
        Assert.Equal([4.0], dumbbells.After);
        Assert.Throws<ArgumentException>(() => plt.Add.Dumbbells(["x"], ["A0"], ["C1"], ["A1", "C1"]));
    }

    [Fact]
    public void A_level_axis_lists_every_level_in_order_even_those_nobody_reached()
    {
        var labels = SvgText.In(XDocument.Parse(TestCharts.Dumbbell().GetSvgXml(500, 300)).Root!, "x-tick-labels");

        Assert.Equal(["A1", "A2", "B1", "B2", "C1", "C2"], labels.Select(l => l.Text));
    }

    [Fact]
    public void Pie_percentages_in_the_legend_add_up_to_the_slices()
    {
        var root = XDocument.Parse(TestCharts.Pie().GetSvgXml(500, 300)).Root!;
        var legend = root.Descendants(SvgText.Svg + "g").Single(g => (string?)g.Attribute("class") == "legend")
            .Elements(SvgText.Svg + "text").Select(t => t.Value);

        Assert.Equal(["Travel (50%)", "Support (30%)", "Other (20%)"], legend);
        Assert.Equal(3, root.Descendants(SvgText.Svg + "path").Count());
    }

    [Fact]
    public void Heatmap_cells_show_their_values_and_leave_missing_cells_blank()
    {
        var labels = SvgText.In(XDocument.Parse(TestCharts.Heatmap().GetSvgXml(500, 300)).Root!, "value-labels");

        Assert.Equal(["1", "5", "7", "0", "3"], labels.Select(l => l.Text));
    }

    [Fact]
    public void Sharing_y_gives_every_panel_the_same_limits()
    {
        var grid = TestCharts.SmallMultiples();

        Assert.Equal(grid.Plots[0].Axes.Left.Max, grid.Plots[1].Axes.Left.Max);
        Assert.True(grid.Plots[0].Axes.Left.Max >= 8);
    }

    [Fact]
    public void Long_series_are_thinned_per_pixel_but_keep_their_extremes()
    {
        var ys = Enumerable.Range(0, 100_000).Select(i => Math.Sin(i / 500.0) * (i == 73_000 ? 5 : 1)).ToArray();
        var plt = new Plot();
        plt.Add.Signal(ys);

        var svg = plt.GetSvgXml(800, 400);
        var points = XDocument.Parse(svg).Root!.Descendants(SvgText.Svg + "polyline").Single().Attribute("points")!.Value.Split(' ');

        Assert.InRange(points.Length, 100, 4 * 800);
        Assert.Contains(XDocument.Parse(svg).Root!.Descendants(SvgText.Svg + "text"), t => t.Value == "5");
    }
}
