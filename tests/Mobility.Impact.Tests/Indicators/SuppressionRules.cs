using Mobility.Impact.Indicators;

namespace Mobility.Impact.Tests.Indicators;

/// <summary>
/// The small-count suppression rule, case by case, with the expected outcome of each case written by hand from the
/// rule in docs/impact.md (hidden: count or base of 1 to 9 people; a rate whose numerator or complement is 1 to 4;
/// the next smallest group when a breakdown would hide exactly one).
/// </summary>
public sealed class SuppressionRules
{
    [Theory]
    [InlineData("Participants", 0, 0, false)] // nobody: nothing to single out
    [InlineData("Participants", 1, 1, true)]
    [InlineData("Participants", 9, 9, true)]
    [InlineData("Participants", 10, 10, false)]
    [InlineData("Placements", 3, 3, true)]
    [InlineData("Placements", 12, 12, false)]
    [InlineData("PassRate", 0, 0, false)] // no decided result: no rate to hide
    [InlineData("PassRate", 9, 9, true)] // base below 10, even at 100%
    [InlineData("PassRate", 5, 9, true)]
    [InlineData("PassRate", 0, 10, false)] // 0% of 10: points at nobody
    [InlineData("PassRate", 10, 10, false)] // 100% of 10: says the same of everyone
    [InlineData("LeftTraining", 1, 40, true)] // one person named by the figure
    [InlineData("LeftTraining", 4, 40, true)]
    [InlineData("LeftTraining", 5, 40, false)]
    [InlineData("SatisfactionRate", 36, 40, true)] // 4 not satisfied: the complement points at them
    [InlineData("SatisfactionRate", 35, 40, false)]
    [InlineData("SatisfactionRate", 39, 40, true)]
    [InlineData("JobOffers", 5, 10, false)]
    [InlineData("JobOffers", 6, 10, true)] // complement 4
    [InlineData("CefrGain", 3, 12, false)] // a mean over 12 assessments: no cell to single out
    [InlineData("CefrGain", 9, 9, true)] // a mean over 9
    public void A_figure_is_hidden_when_it_rests_on_fewer_than_10_people_or_points_at_1_to_4(
        string indicator, int numerator, int denominator, bool hidden)
    {
        var figure = Figure(Enum.Parse<Indicator>(indicator), Dimension.Total, "All", numerator, denominator);

        Assert.Equal(hidden, Suppression.MustSuppress(figure));
        var applied = Assert.Single(Suppression.Apply([figure]));
        Assert.Equal(hidden, applied.Suppressed);
        if (hidden)
        {
            Assert.Equal((null, null, null), (applied.Numerator, applied.Denominator, applied.Value));
        }
        else
        {
            Assert.Equal(figure, applied);
        }
    }

    [Fact]
    public void A_figure_without_counts_is_left_as_it_is()
        => Assert.False(Suppression.MustSuppress(new IndicatorFigure(Indicator.PassRate, Dimension.Total, "All", null, null, null, null)));

    [Fact]
    public void When_a_breakdown_would_hide_one_group_the_next_smallest_group_is_hidden_too()
    {
        // Men 3 of 30 is hidden (3 is 1 to 4); alone it could be worked out as the total minus the other groups, so
        // the smallest group still shown (non-binary, 12) goes too. Women (40) and the total stay.
        var figures = Suppression.Apply(
        [
            Figure(Indicator.PassRate, Dimension.Total, "All", 35, 82),
            Figure(Indicator.PassRate, Dimension.Gender, "Female", 25, 40),
            Figure(Indicator.PassRate, Dimension.Gender, "Male", 3, 30),
            Figure(Indicator.PassRate, Dimension.Gender, "NonBinary", 7, 12),
        ]);

        Assert.Equal([false, false, true, true], figures.Select(f => f.Suppressed));
    }

    [Fact]
    public void Two_hidden_groups_already_protect_each_other_and_nothing_more_is_hidden()
    {
        var figures = Suppression.Apply(
        [
            Figure(Indicator.JobOffers, Dimension.DestinationCountry, "DE", 2, 20),
            Figure(Indicator.JobOffers, Dimension.DestinationCountry, "ES", 6, 8),
            Figure(Indicator.JobOffers, Dimension.DestinationCountry, "IE", 10, 30),
            Figure(Indicator.JobOffers, Dimension.DestinationCountry, "IT", 7, 14),
        ]);

        Assert.Equal([true, true, false, false], figures.Select(f => f.Suppressed));
    }

    [Fact]
    public void The_next_smallest_group_is_chosen_by_base_then_name_and_never_an_empty_group()
    {
        // Sector "Retail" is hidden (base 5); "Catering" has no answers (base 0) so hiding it would protect nothing;
        // "Hotels" and "Agriculture" tie at 15, and Agriculture comes first by name.
        var figures = Suppression.Apply(
        [
            Figure(Indicator.SatisfactionRate, Dimension.Sector, "Agriculture", 10, 15),
            Figure(Indicator.SatisfactionRate, Dimension.Sector, "Catering", 0, 0),
            Figure(Indicator.SatisfactionRate, Dimension.Sector, "Hotels", 10, 15),
            Figure(Indicator.SatisfactionRate, Dimension.Sector, "Retail", 5, 5),
        ]);

        Assert.Equal([true, false, false, true], figures.Select(f => f.Suppressed));
    }

    [Fact]
    public void Each_indicator_skill_and_breakdown_is_protected_on_its_own_and_the_total_never_takes_a_second_hiding()
    {
        var figures = Suppression.Apply(
        [
            Figure(Indicator.PassRate, Dimension.Total, "All", 20, 25),
            Figure(Indicator.CefrGain, Dimension.Gender, "Female", 12, 14, "Listening"),
            Figure(Indicator.CefrGain, Dimension.Gender, "Male", 4, 8, "Listening"),
            Figure(Indicator.CefrGain, Dimension.Gender, "Female", 12, 14, "Writing"),
            Figure(Indicator.CefrGain, Dimension.Gender, "Male", 10, 11, "Writing"),
            Figure(Indicator.PassRate, Dimension.Gender, "Female", 16, 16),
            Figure(Indicator.PassRate, Dimension.Gender, "Male", 4, 9),
        ]);

        // The total has one hidden figure nowhere (20 of 25: complement 5); Listening hides Male (8) then Female;
        // Writing hides nothing; the pass rate by gender hides Male (base 9) then Female.
        Assert.Equal([false, true, true, false, false, true, true], figures.Select(f => f.Suppressed));
    }

    private static IndicatorFigure Figure(Indicator indicator, Dimension dimension, string group, int numerator, int denominator, string? skill = null)
        => new(indicator, dimension, group, skill, numerator, denominator, denominator == 0 ? null : Math.Round((decimal)numerator / denominator, 4));
}
