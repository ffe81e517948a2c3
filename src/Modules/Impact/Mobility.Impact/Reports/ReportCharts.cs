using Mobility.Charts;
using Mobility.Impact.Indicators;
using Mobility.Impact.Outcomes;

namespace Mobility.Impact.Reports;

/// <summary>The report's charts, drawn by the Charts library as inline SVG (print theme, unique ids per chart).</summary>
internal static class ReportCharts
{
    public static string? Headlines(ReportContent content)
    {
        var shown = new[] { Indicator.LanguageImproved, Indicator.SelfConfidence, Indicator.ReadyToRepeat, Indicator.SatisfactionRate }
            .Select(i => (Indicator: i, Figure: content.Total(i)))
            .Where(x => x.Figure is { Suppressed: false, Value: not null }).ToList();
        return shown.Count == 0 ? null : Percentages(
            "chart-headlines", "What participants say after their placement", "% of the participants who answered",
            [.. shown.Select(x => ReportText.Name(x.Indicator))], [.. shown.Select(x => Math.Round((double)x.Figure!.Value!.Value * 100))]);
    }

    public static string? PassRates(ReportContent content)
    {
        var levels = content.By(Dimension.QualificationLevel, Indicator.PassRate).Where(f => f is { Suppressed: false, Value: not null }).ToList();
        return levels.Count == 0 ? null : Percentages(
            "chart-pass-rates", "Exam pass rate by qualification level", "% of the learners with a decided exam result",
            [.. levels.Select(f => content.Label(Dimension.QualificationLevel, f.Group))], [.. levels.Select(f => Math.Round((double)f.Value!.Value * 100))]);
    }

    public static string? Countries(ReportContent content)
    {
        var countries = content.By(Dimension.DestinationCountry, Indicator.Placements)
            .Where(f => f is { Suppressed: false, Value: > 0 }).OrderByDescending(f => f.Value).ThenBy(f => f.Group, StringComparer.Ordinal).ToList();
        if (countries.Count == 0)
        {
            return null;
        }

        var plt = Printed("chart-countries");
        var bars = plt.Add.HorizontalBars(
            [.. countries.Select(f => content.Label(Dimension.DestinationCountry, f.Group))], [.. countries.Select(f => (double)f.Value!.Value)]);
        bars.ValueLabels = true;
        plt.Title("Completed placements by destination country");
        plt.XLabel("Placements");
        return plt.GetSvgXml(640, Math.Max(260, 40 + (countries.Count * 24)));
    }

    public static string? CefrGains(ReportContent content)
    {
        var skills = Enum.GetValues<LanguageSkill>()
            .Select(s => (Skill: s, Figure: content.Total(Indicator.CefrGain, s.ToString())))
            .Where(x => x.Figure is { Suppressed: false, Value: not null }).ToList();
        if (skills.Count == 0)
        {
            return null;
        }

        var plt = Printed("chart-cefr");
        var bars = plt.Add.Bars([.. skills.Select(x => SkillName(x.Skill))], [.. skills.Select(x => Math.Round((double)x.Figure!.Value!.Value, 2))]);
        bars.ValueLabels = true;
        plt.Title("Mean CEFR levels gained, before departure to after return");
        plt.YLabel("Levels gained");
        return plt.GetSvgXml(640, 320);
    }

    public static string SkillName(LanguageSkill skill) => skill switch
    {
        LanguageSkill.SpokenInteraction => "Spoken interaction",
        LanguageSkill.SpokenProduction => "Spoken production",
        _ => skill.ToString(),
    };

    private static string Percentages(string id, string title, string axis, string[] labels, double[] values)
    {
        var plt = Printed(id);
        var bars = plt.Add.HorizontalBars(labels, values);
        bars.ValueLabels = true;
        plt.Axes.Bottom.SetLimits(0, 100);
        plt.XLabel(axis);
        plt.Axes.Bottom.TickFormatter = v => v.ToString("0'%'", System.Globalization.CultureInfo.InvariantCulture);
        plt.Title(title);
        return plt.GetSvgXml(640, Math.Max(220, 60 + (labels.Length * 36)));
    }

    private static Plot Printed(string id) => new() { Theme = Theme.Print, IdPrefix = id };
}
