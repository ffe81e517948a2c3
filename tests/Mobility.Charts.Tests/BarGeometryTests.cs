using System.Xml.Linq;
using Mobility.Charts.Plottables;

namespace Mobility.Charts.Tests;

public class BarGeometryTests
{
    private static readonly BarSeries[] Series =
    [
        new("A", [3, 5, 0, 2]),
        new("B", [4, 1, 6, double.NaN]),
        new("C", [2, 2, 2, 2]),
    ];

    [Fact]
    public void Stacked_bars_sum_to_the_total_of_their_segments()
    {
        var segments = BarGeometry.Compute(Series, 4, BarMode.Stacked, 0.8);

        foreach (var category in Enumerable.Range(0, 4))
        {
            var expected = Series.Sum(s => double.IsNaN(s.Values[category]) ? 0 : s.Values[category]);
            var top = segments.Where(s => s.Category == category).Max(s => s.High);

            Assert.Equal(expected, top, 9);
        }
    }

    [Fact]
    public void Stacked_segments_touch_without_gaps_or_overlaps()
    {
        var segments = BarGeometry.Compute(Series, 4, BarMode.Stacked, 0.8);

        foreach (var stack in segments.GroupBy(s => s.Category))
        {
            var ordered = stack.OrderBy(s => s.Low).ToArray();
            Assert.Equal(0, ordered[0].Low);
            for (var i = 1; i < ordered.Length; i++)
            {
                Assert.Equal(ordered[i - 1].High, ordered[i].Low, 9);
            }
        }
    }

    [Fact]
    public void Negative_stacked_values_grow_downwards_from_zero()
    {
        var segments = BarGeometry.Compute([new BarSeries("up", [5]), new BarSeries("down", [-3]), new BarSeries("down", [-2])], 1, BarMode.Stacked, 0.8);

        Assert.Equal(5, segments.Max(s => s.High));
        Assert.Equal(-5, segments.Min(s => s.Low));
    }

    [Fact]
    public void Bars_stacked_to_100_percent_end_at_100()
    {
        var segments = BarGeometry.Compute(Series, 4, BarMode.Stacked100, 0.8);

        Assert.All(segments.GroupBy(s => s.Category), stack => Assert.Equal(100, stack.Max(s => s.High), 9));
    }

    [Fact]
    public void Grouped_bars_sit_side_by_side_inside_their_category_slot()
    {
        var segments = BarGeometry.Compute(Series, 4, BarMode.Grouped, 0.8);

        foreach (var group in segments.GroupBy(s => s.Category))
        {
            var ordered = group.OrderBy(s => s.Position).ToArray();
            Assert.True(ordered.First().Position - ordered.First().Width / 2 >= group.Key - 0.4 - 1e-9);
            Assert.True(ordered.Last().Position + ordered.Last().Width / 2 <= group.Key + 0.4 + 1e-9);
            Assert.Equal(ordered.Select(s => s.Series), ordered.Select(s => s.Series).Order());
        }
    }

    [Fact]
    public void Stacked_bar_total_labels_show_the_sum_of_each_stack()
    {
        var root = XDocument.Parse(TestCharts.StackedBars().GetSvgXml(480, 320)).Root!;
        var bold = SvgText.In(root, "value-labels").Where(t => t.Bold).Select(t => t.Text);

        Assert.Equal(["13", "13", "13"], bold);
    }
}
