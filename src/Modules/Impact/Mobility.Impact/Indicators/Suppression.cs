namespace Mobility.Impact.Indicators;

/// <summary>
/// Small-count suppression for figures shown to funders, so no figure can single out a person:
/// <list type="number">
/// <item>a count of people below <see cref="MinimumBase"/> (other than 0) is suppressed;</item>
/// <item>a rate or mean whose base is below <see cref="MinimumBase"/> is suppressed;</item>
/// <item>a rate whose numerator, or whose complement (base minus numerator), is between 1 and
/// <see cref="MinimumCell"/> − 1 is suppressed ("3 of 40 left training" would point at three people);</item>
/// <item>when a breakdown has exactly one suppressed group for an indicator, the next smallest group is suppressed
/// too, so the hidden one cannot be worked out from the total.</item>
/// </list>
/// </summary>
internal static class Suppression
{
    public const int MinimumBase = 10;
    public const int MinimumCell = 5;

    public static IReadOnlyList<IndicatorFigure> Apply(IReadOnlyList<IndicatorFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var primary = figures.Select(f => MustSuppress(f) ? f.Suppress() : f).ToList();
        foreach (var breakdown in primary.Select((f, i) => (f, i))
                     .Where(x => x.f.Dimension != Dimension.Total)
                     .GroupBy(x => (x.f.Indicator, x.f.Dimension, x.f.Skill)))
        {
            var suppressed = breakdown.Count(x => x.f.Suppressed);
            if (suppressed != 1)
            {
                continue;
            }

            var next = breakdown.Where(x => !x.f.Suppressed && x.f.Denominator is > 0)
                .OrderBy(x => x.f.Denominator).ThenBy(x => x.f.Group, StringComparer.Ordinal).FirstOrDefault();
            if (next.f is not null)
            {
                primary[next.i] = next.f.Suppress();
            }
        }

        return primary;
    }

    public static bool MustSuppress(IndicatorFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.Denominator is not { } denominator || denominator == 0)
        {
            return false;
        }

        if (denominator < MinimumBase)
        {
            return true;
        }

        if (figure.Indicator is Indicator.Participants or Indicator.Placements or Indicator.CefrGain)
        {
            return false;
        }

        var numerator = (int)(figure.Numerator ?? 0);
        var complement = denominator - numerator;
        return numerator is > 0 and < MinimumCell || complement is > 0 and < MinimumCell;
    }
}
