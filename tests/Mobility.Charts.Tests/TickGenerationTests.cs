using System.Globalization;
using Mobility.Charts.Data;
using Mobility.Charts.Text;
using Mobility.Charts.Ticks;

namespace Mobility.Charts.Tests;

public class TickGenerationTests
{
    public static TheoryData<double, double, double> Ranges => new()
    {
        { 0, 1, 300 }, { 0, 100, 400 }, { -3.7, 12.2, 250 }, { 0.001, 0.0042, 500 }, { 1_000, 250_000, 600 }, { 2019, 2026, 500 }, { -50, -2, 200 },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Ticks_step_by_one_two_two_and_a_half_or_five_times_a_power_of_ten(double min, double max, double pixels)
    {
        foreach (var vertical in new[] { false, true })
        {
            var ticks = NumericTickGenerator.Generate(new Interval(min, max), pixels, vertical, 12);
            var step = ticks[1].Position - ticks[0].Position;
            var mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step)));

            Assert.Contains(Math.Round(mantissa, 6), new[] { 1, 2, 2.5, 5 });
        }
    }

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Ticks_are_multiples_of_the_step_inside_the_range_and_at_least_two(double min, double max, double pixels)
    {
        var ticks = NumericTickGenerator.Generate(new Interval(min, max), pixels, vertical: true, 12);
        var step = ticks[1].Position - ticks[0].Position;

        Assert.True(ticks.Count >= 2);
        Assert.All(ticks, t => Assert.InRange(t.Position, min, max));
        Assert.All(ticks, t => Assert.Equal(Math.Round(t.Position / step), t.Position / step, 6));
    }

    [Fact]
    public void Zero_to_one_hundred_on_a_400_pixel_vertical_axis_steps_by_ten()
    {
        var ticks = NumericTickGenerator.Generate(new Interval(0, 100), 400, vertical: true, 12);

        Assert.Equal(["0", "10", "20", "30", "40", "50", "60", "70", "80", "90", "100"], ticks.Select(t => t.Label));
    }

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Horizontal_tick_labels_are_spaced_wider_than_the_widest_label(double min, double max, double pixels)
    {
        var ticks = NumericTickGenerator.Generate(new Interval(min, max), pixels, vertical: false, 12);
        var widest = ticks.Max(t => TextMetrics.Width(t.Label, 12));
        var spacing = (ticks[1].Position - ticks[0].Position) / (max - min) * pixels;

        Assert.True(spacing > widest, $"ticks {spacing:0.0} px apart but labels up to {widest:0.0} px wide");
    }

    [Fact]
    public void Measuring_long_labels_makes_ticks_sparser()
    {
        var shortLabels = NumericTickGenerator.Generate(new Interval(0, 10), 300, vertical: false, 12);
        var longLabels = NumericTickGenerator.Generate(new Interval(0, 10), 300, vertical: false, 12, v => $"{v:0} participants");

        Assert.True(longLabels.Count < shortLabels.Count);
    }

    [Fact]
    public void Integer_axes_never_get_fractional_steps()
    {
        var ticks = NumericTickGenerator.Generate(new Interval(0, 3), 400, vertical: true, 12, integerOnly: true);

        Assert.Equal(["0", "1", "2", "3"], ticks.Select(t => t.Label));
    }

    [Fact]
    public void Tick_labels_ignore_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var ticks = NumericTickGenerator.Generate(new Interval(0, 1.5), 300, vertical: true, 12);

            Assert.Contains("0.2", ticks.Select(t => t.Label));
            Assert.DoesNotContain(ticks, t => t.Label.Contains(',', StringComparison.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Large_numbers_are_grouped_with_a_narrow_space_and_negatives_use_a_minus_sign()
    {
        Assert.Equal("250\u202F000", NumberFormat.Format(250_000, 0, groupThousands: true));
        Assert.Equal("\u22122.5", NumberFormat.Format(-2.5, 1, groupThousands: false));
        Assert.Equal("0.00", NumberFormat.Format(-0.0001, 2, groupThousands: false));
    }

    [Fact]
    public void Years_on_a_numeric_axis_are_not_grouped()
    {
        var ticks = NumericTickGenerator.Generate(new Interval(2019, 2026), 500, vertical: false, 12);

        Assert.Contains("2020", ticks.Select(t => t.Label));
    }

    [Fact]
    public void Two_years_of_data_on_a_date_axis_get_calendar_month_ticks()
    {
        var range = new Interval(new DateTime(2024, 1, 1).ToOADate(), new DateTime(2025, 12, 1).ToOADate());
        var ticks = DateTimeTickGenerator.Generate(range, 500, 12);

        Assert.All(ticks, t => Assert.Equal(1, DateTime.FromOADate(t.Position).Day));
        Assert.Equal("Jan 2024", ticks[0].Label);
        Assert.InRange(ticks.Count, 3, 12);
    }
}
