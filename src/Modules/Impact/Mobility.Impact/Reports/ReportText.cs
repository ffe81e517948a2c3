using System.Globalization;
using Mobility.Impact.Indicators;

namespace Mobility.Impact.Reports;

/// <summary>The words of the reports: indicator names, headline sentences in the seeds' style, percentages.</summary>
internal static class ReportText
{
    public static string Percent(decimal? value)
        => value is { } v ? Math.Round(v * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%" : "–";

    public static string Number(decimal? value, string format = "0")
        => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    public static string Name(Indicator indicator) => indicator switch
    {
        Indicator.Participants => "Participants",
        Indicator.Placements => "Completed placements",
        Indicator.SurveyResponseRate => "Survey response rate",
        Indicator.PassRate => "Exam pass rate",
        Indicator.LanguageImproved => "Improved their language skills",
        Indicator.SatisfactionRate => "Satisfied",
        Indicator.SelfConfidence => "Improved their self-confidence",
        Indicator.ReadyToRepeat => "Ready to go again",
        Indicator.JobOffers => "Job offer or seasonal contract",
        Indicator.FurtherStudy => "Went on to further study",
        Indicator.LeftTraining => "Left their training",
        Indicator.CefrGain => "Mean CEFR levels gained",
        Indicator.UnitRecognised => "Had a unit recognised toward their qualification",
        _ => indicator.ToString(),
    };

    public static string Name(Dimension dimension) => dimension switch
    {
        Dimension.Total => "All participants",
        Dimension.AcademicYear => "Academic year",
        Dimension.Consortium => "Consortium",
        Dimension.Organisation => "Member organisation",
        Dimension.DestinationCountry => "Destination country",
        Dimension.Sector => "Sector of the host",
        Dimension.Qualification => "Qualification",
        Dimension.QualificationLevel => "Qualification level",
        Dimension.DurationBand => "Duration abroad",
        Dimension.Gender => "Gender",
        Dimension.FewerOpportunities => "Fewer opportunities",
        _ => dimension.ToString(),
    };

    /// <summary>The headline sentences, written as the CAPMOB 2.0 report writes them; a suppressed or empty figure gives none.</summary>
    public static IReadOnlyList<string> Headlines(ReportContent content)
    {
        var lines = new List<string>();
        void Add(IndicatorFigure? figure, Func<string, string> sentence)
        {
            if (figure is { Suppressed: false, Value: not null })
            {
                lines.Add(sentence(Percent(figure.Value)));
            }
        }

        Add(content.Total(Indicator.LanguageImproved), p => $"{p} of the participants think they have improved their language skills.");
        foreach (var level in content.By(Dimension.QualificationLevel, Indicator.PassRate)
                     .Where(f => f is { Suppressed: false, Value: not null })
                     .OrderByDescending(f => f.Denominator).ThenBy(f => f.Group, StringComparer.Ordinal))
        {
            lines.Add($"{Percent(level.Value)} of those enrolled in the {level.Group} passed their exams.");
        }

        Add(content.Total(Indicator.SelfConfidence), p => $"{p} of participants say they have improved their self-confidence.");
        Add(content.Total(Indicator.ReadyToRepeat), p => $"{p} are ready to repeat the experience.");
        Add(content.Total(Indicator.SatisfactionRate), p => $"The satisfaction rate of the participants is {p}.");
        Add(content.Total(Indicator.JobOffers), p => $"{p} were offered a job or a seasonal contract after their placement.");
        Add(content.Total(Indicator.FurtherStudy), p => $"{p} went on to further study, such as a BTS.");
        return lines;
    }
}
