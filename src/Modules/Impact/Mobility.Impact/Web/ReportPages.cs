using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Mobility.Impact.Reports;

namespace Mobility.Impact.Web;

/// <summary>The list of reports as one plain page, written for a reader who has never used the platform.</summary>
internal static class ReportPages
{
    private const string Style = """
        body{font-family:system-ui,"DejaVu Sans",sans-serif;margin:0;color:#1b1f24;background:#f6f7f9;line-height:1.5}
        header{background:#12355b;color:#fff;padding:.6rem 1.5rem;display:flex;gap:1.5rem}
        header a{color:#fff}
        main{max-width:64rem;margin:1.5rem auto;padding:0 1.5rem}
        section{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:1rem 1.5rem;margin-bottom:1.5rem}
        table{border-collapse:collapse;width:100%}
        th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #d0d7de;vertical-align:top}
        td.links a{margin-right:.8rem}
        a:focus{outline:3px solid #f5a623;outline-offset:1px}
        .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
        """;

    public static string List(IReadOnlyList<ReportSummary> reports, IReadOnlyDictionary<Guid, string> consortia)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(consortia);
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Impact reports – Mobility</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<header><a href=\"/account\">Mobility</a><a href=\"/reports\">Impact reports</a></header>\n<main>\n")
            .Append("<h1>Impact reports</h1>\n<section><p>What learners gained from their placements abroad, as each consortium's ")
            .Append("report shows it: headline figures, charts and a table of every indicator with the counts behind it. ")
            .Append("Open the HTML or PDF to read a report, or take the CSV to work with the figures.</p>")
            .Append("<p>A <strong>funder report</strong> gives aggregates only: no names, and any figure resting on fewer than ")
            .Append("10 people, or that could point at 1 to 4 of them, is hidden (shown as “–”). A <strong>consortium report</strong> ")
            .Append("gives every figure, for the consortium's own coordinators.</p></section>\n");
        if (reports.Count == 0)
        {
            html.Append("<section><p>No report is available to you yet. Reports are written at the end of each academic year ")
                .Append("(31 August) or when a coordinator asks for one.</p></section>\n");
        }
        else
        {
            html.Append("<section><table>\n<caption class=\"visually-hidden\">Reports you may read</caption>\n")
                .Append("<thead><tr><th scope=\"col\">Report</th><th scope=\"col\">Consortium</th><th scope=\"col\">Academic year</th>")
                .Append("<th scope=\"col\">Version</th><th scope=\"col\">Generated (UTC)</th><th scope=\"col\">Read or download</th></tr></thead>\n<tbody>\n");
            foreach (var r in reports)
            {
                var consortium = r.ConsortiumId is { } id && consortia.TryGetValue(id, out var name) ? name : "–";
                var link = $"/reports/{r.Id}";
                html.Append("<tr><td>").Append(E(r.Title)).Append("</td><td>").Append(E(consortium)).Append("</td><td>")
                    .Append(E(r.AcademicYear == GenerateReport.AllYears ? "Whole project" : r.AcademicYear)).Append("</td><td>")
                    .Append(r.Kind == ReportKind.Funder ? "Funder" : "Consortium").Append("</td><td>")
                    .Append(E(r.GeneratedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))).Append("</td><td class=\"links\">")
                    .Append(Link(link + ".html", "HTML", r.Title));
                if (r.HasPdf)
                {
                    html.Append(Link(link + ".pdf", "PDF", r.Title));
                }

                html.Append(Link(link + ".csv", "CSV", r.Title)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table></section>\n");
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Link(string href, string format, string title)
        => $"<a href=\"{E(href)}\" aria-label=\"{E(title)}, {format}\">{format}</a>";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string? value) => Encoder.Encode(value ?? "");
}
