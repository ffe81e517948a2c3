using System.Globalization;
using System.Net;
using System.Text;
using Mobility.Impact.Indicators;
using Mobility.Impact.Outcomes;

namespace Mobility.Impact.Reports;

/// <summary>
/// The report as one self-contained HTML page (inline CSS and SVG, A4 print rules), written for a reader who has
/// never used the platform: what it covers, the headline figures in words, charts, tables with the counts behind
/// every rate, then how the figures are defined and protected.
/// </summary>
internal static class ReportHtml
{
    private static readonly Indicator[] TableIndicators =
    [
        Indicator.Participants, Indicator.PassRate, Indicator.LanguageImproved, Indicator.SelfConfidence, Indicator.ReadyToRepeat,
        Indicator.SatisfactionRate, Indicator.JobOffers,
    ];

    private static readonly Dimension[] TableDimensions =
    [
        Dimension.QualificationLevel, Dimension.Organisation, Dimension.DestinationCountry, Dimension.Sector, Dimension.DurationBand,
        Dimension.Gender, Dimension.FewerOpportunities,
    ];

    public static string Render(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var funder = content.Kind == ReportKind.Funder;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(Title(content))).Append("</title><style>")
            .Append(Css).Append("</style></head><body>");
        html.Append("<header><p class=\"kicker\">").Append(funder ? "Funder report" : "Consortium impact report").Append(" · Erasmus+ vocational mobility</p>")
            .Append("<h1>").Append(E(content.ConsortiumName)).Append("</h1><p class=\"sub\">").Append(E(Period(content)))
            .Append(" · generated ").Append(content.GeneratedAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture))
            .Append("</p></header>");

        var participants = content.Total(Indicator.Participants);
        var placements = content.Total(Indicator.Placements);
        html.Append("<section><h2>What this report covers</h2><p>")
            .Append("This report measures what learners gained from a work placement abroad with Erasmus+. It counts the learners of ")
            .Append(E(content.ConsortiumName)).Append(" whose placement abroad was completed ")
            .Append(content.AcademicYear == GenerateReport.AllYears ? "over the whole project" : "in the academic year " + E(content.AcademicYear)).Append(": ")
            .Append("<strong>").Append(ReportText.Number(participants?.Value)).Append(" participants</strong> and <strong>")
            .Append(ReportText.Number(placements?.Value)).Append(" completed placements</strong>. ")
            .Append("Their answers to the survey sent when they came back, their exam results, their language levels before and after, and what they did next ")
            .Append("are turned into the shares below. Each share is given with the numbers behind it.</p>");
        if (funder)
        {
            html.Append("<p class=\"note\">This version is for funders: it holds aggregates only, never a name, and any figure that could point at ")
                .Append("fewer than ").Append(Suppression.MinimumCell).Append(" people, or that rests on fewer than ").Append(Suppression.MinimumBase)
                .Append(" people, is hidden and shown as “–” (see “How to read the figures”).</p>");
        }

        html.Append("</section><section class=\"headlines\"><h2>Headline figures</h2><ul>");
        foreach (var line in ReportText.Headlines(content))
        {
            html.Append("<li>").Append(E(line)).Append("</li>");
        }

        html.Append("</ul></section>");
        AppendCharts(html, content);
        AppendMainTable(html, content);
        AppendCefrTable(html, content);
        foreach (var dimension in TableDimensions)
        {
            AppendBreakdown(html, content, dimension);
        }

        AppendMethod(html, content);
        html.Append("</body></html>");
        return html.ToString();
    }

    private static string Period(ReportContent content) => content.AcademicYear == GenerateReport.AllYears
        ? "Whole project, every academic year"
        : $"Academic year {content.AcademicYear} (1 September to 31 August)";

    public static string Title(ReportContent content)
        => $"{(content.Kind == ReportKind.Funder ? "Funder report" : "Impact report")} {content.AcademicYear} – {content.ConsortiumName}";

    private static void AppendCharts(StringBuilder html, ReportContent content)
    {
        var charts = new[] { ReportCharts.Headlines(content), ReportCharts.PassRates(content), ReportCharts.CefrGains(content), ReportCharts.Countries(content) }
            .OfType<string>().ToList();
        if (charts.Count == 0)
        {
            return;
        }

        html.Append("<section><h2>In charts</h2>");
        foreach (var svg in charts)
        {
            html.Append("<figure>").Append(svg).Append("</figure>");
        }

        html.Append("</section>");
    }

    private static void AppendMainTable(StringBuilder html, ReportContent content)
    {
        html.Append("<section><h2>All indicators</h2><table><thead><tr><th>Indicator</th><th class=\"n\">Share</th><th class=\"n\">People</th>")
            .Append("<th class=\"n\">Out of</th><th>Counted among</th></tr></thead><tbody>");
        foreach (var indicator in Enum.GetValues<Indicator>().Where(i => i is not (Indicator.CefrGain or Indicator.Participants or Indicator.Placements)))
        {
            if (indicator == Indicator.UnitRecognised && !content.RecognitionRecorded)
            {
                html.Append("<tr><td>").Append(E(ReportText.Name(indicator))).Append("</td><td class=\"n\">–</td><td class=\"n\">–</td>")
                    .Append("<td class=\"n\">–</td><td>").Append(E(NoRecognitionYet)).Append("</td></tr>");
                continue;
            }

            var figure = content.Total(indicator);
            html.Append("<tr><td>").Append(E(ReportText.Name(indicator))).Append("</td><td class=\"n\">").Append(ReportText.Percent(figure?.Value))
                .Append("</td><td class=\"n\">").Append(ReportText.Number(figure?.Numerator)).Append("</td><td class=\"n\">")
                .Append(ReportText.Number(figure?.Denominator)).Append("</td><td>").Append(E(Base(indicator))).Append("</td></tr>");
        }

        html.Append("</tbody></table></section>");
    }

    private static void AppendCefrTable(StringBuilder html, ReportContent content)
    {
        html.Append("<section><h2>Language levels before and after</h2><p>Mean number of CEFR levels gained per skill (A1 to A2 is one level), ")
            .Append("over the skills assessed both before departure and after return.</p><table><thead><tr><th>Skill</th>")
            .Append("<th class=\"n\">Mean gain</th><th class=\"n\">Assessments</th></tr></thead><tbody>");
        foreach (var skill in Enum.GetValues<LanguageSkill>())
        {
            var figure = content.Total(Indicator.CefrGain, skill.ToString());
            html.Append("<tr><td>").Append(E(ReportCharts.SkillName(skill))).Append("</td><td class=\"n\">").Append(ReportText.Number(figure?.Value, "0.00"))
                .Append("</td><td class=\"n\">").Append(ReportText.Number(figure?.Denominator)).Append("</td></tr>");
        }

        html.Append("</tbody></table></section>");
    }

    private static void AppendBreakdown(StringBuilder html, ReportContent content, Dimension dimension)
    {
        var groups = content.By(dimension, Indicator.Participants).Select(f => f.Group)
            .OrderBy(g => content.Label(dimension, g), StringComparer.Ordinal).ToList();
        if (groups.Count == 0)
        {
            return;
        }

        html.Append("<section class=\"breakdown\"><h2>By ").Append(E(ReportText.Name(dimension).ToLowerInvariant())).Append("</h2><table><thead><tr><th>")
            .Append(E(ReportText.Name(dimension))).Append("</th>");
        foreach (var indicator in TableIndicators)
        {
            html.Append("<th class=\"n\">").Append(E(ReportText.Name(indicator))).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var group in groups)
        {
            html.Append("<tr><td>").Append(E(content.Label(dimension, group))).Append("</td>");
            foreach (var indicator in TableIndicators)
            {
                var figure = content.By(dimension, indicator).FirstOrDefault(f => f.Group == group);
                var text = indicator == Indicator.Participants
                    ? ReportText.Number(figure?.Value)
                    : figure is { Value: not null } ? $"{ReportText.Percent(figure.Value)}<br><span class=\"of\">{ReportText.Number(figure.Numerator)}/{figure.Denominator}</span>" : "–";
                html.Append("<td class=\"n\">").Append(text).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></section>");
    }

    private static void AppendMethod(StringBuilder html, ReportContent content)
    {
        html.Append("<section class=\"method\"><h2>How to read the figures</h2><ul>")
            .Append("<li><strong>Participants</strong> are learners whose work placement abroad was completed in the period of the report; a learner who went twice counts once, with the outcomes of their latest placement.</li>")
            .Append("<li><strong>Survey shares</strong> (language skills, self-confidence, ready to go again, satisfaction) count those who answered “agree” or “strongly agree” on a five-point scale, out of those who answered that question. The survey is sent when the placement ends, with two reminders a week apart, and closes after 30 days.</li>")
            .Append("<li><strong>Exam pass rate</strong>: learners who passed the exam of their qualification at any session, out of those with a decided result (passed or failed); results still pending are left out.</li>")
            .Append("<li><strong>Job offers and further study</strong> are out of all participants: a learner without a recorded outcome counts as not having one.</li>")
            .Append("<li><strong>Language levels</strong> are on the CEFR scale (A1 to C2), assessed per skill before departure and after return.</li>")
            .Append("<li><strong>Recognition</strong>: learners with at least one unit of learning outcomes acquired abroad that their school credited toward their qualification, out of all participants. ")
            .Append(content.RecognitionRecorded ? "" : "No decision on recognising a unit has been recorded yet for the participants of this report, so no share is given.")
            .Append("</li>")
            .Append("<li><strong>Small counts</strong>: ");
        html.Append(content.Kind == ReportKind.Funder
            ? $"in this funder version a figure is hidden (“–”) when it rests on fewer than {Suppression.MinimumBase} people, or when the people it counts, or those it leaves out, are between 1 and {Suppression.MinimumCell - 1}; when a table would then hide a single group, the next smallest group is hidden too, so it cannot be worked out from the total.</li>"
            : "this consortium version shows every figure, small counts included; it is for the consortium's members only. The funder version hides small counts.</li>");
        html.Append("<li>The figures come from snapshot <code>").Append(content.SnapshotId).Append("</code>, stored with its parameters so the report can be reproduced.</li>")
            .Append("</ul></section>");
    }

    private static string Base(Indicator indicator) => indicator switch
    {
        Indicator.SurveyResponseRate => "surveys sent",
        Indicator.PassRate => "participants with a decided exam result",
        Indicator.JobOffers or Indicator.FurtherStudy or Indicator.LeftTraining or Indicator.UnitRecognised => "all participants",
        _ => "participants who answered",
    };

    private const string NoRecognitionYet = "no recognition decision recorded yet for these participants";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        @page { size: A4; margin: 16mm 14mm; }
        body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #1b1b1b; line-height: 1.4; }
        header { border-bottom: 3px solid #003399; margin-bottom: 12pt; }
        .kicker { color: #003399; font-weight: bold; text-transform: uppercase; font-size: 8.5pt; margin: 0; }
        h1 { font-size: 20pt; margin: 4pt 0; } .sub { color: #555; margin: 0 0 8pt; }
        h2 { font-size: 13pt; color: #003399; margin: 14pt 0 6pt; break-after: avoid; }
        .headlines ul { list-style: none; padding: 0; } .headlines li { font-size: 12pt; margin: 4pt 0; padding-left: 10pt; border-left: 4px solid #ffcc00; }
        .note { background: #f3f5fa; padding: 6pt 8pt; border-left: 3px solid #003399; }
        figure { margin: 8pt 0; break-inside: avoid; } figure svg { max-width: 100%; height: auto; }
        table { border-collapse: collapse; width: 100%; font-size: 8.5pt; break-inside: auto; table-layout: fixed; }
        section.breakdown th:first-child { width: 30%; } section.breakdown th { font-size: 7.5pt; } td { overflow-wrap: anywhere; }
        th, td { border-bottom: 1px solid #ddd; padding: 3pt 4pt; text-align: left; vertical-align: top; }
        th { background: #eef1f8; } tr { break-inside: avoid; } .n { text-align: right; } .of { color: #666; }
        section.breakdown { break-inside: auto; } .method li { margin-bottom: 4pt; }
        """;
}
