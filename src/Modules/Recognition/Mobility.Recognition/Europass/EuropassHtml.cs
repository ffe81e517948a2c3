using System.Globalization;
using System.Net;
using System.Text;
using Mobility.BuildingBlocks.Geography;

namespace Mobility.Recognition.Europass;

/// <summary>
/// The Europass Mobility document as a printable HTML page (A4, print CSS), in one of the label languages; what the
/// holder and the partners wrote stays in the language they wrote it in.
/// </summary>
internal static class EuropassHtml
{
    private const string Style = """
        @page { size: A4; margin: 18mm 16mm; }
        body { font-family: "DejaVu Sans", "Liberation Sans", sans-serif; font-size: 10pt; color: #1a1a1a; }
        header { border-bottom: 3px solid #0c4da2; margin-bottom: 10pt; }
        h1 { color: #0c4da2; font-size: 20pt; margin: 0 0 4pt 0; }
        h2 { color: #0c4da2; font-size: 12pt; margin: 14pt 0 4pt 0; break-after: avoid; }
        h3 { font-size: 10.5pt; margin: 8pt 0 2pt 0; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #b8c4d6; padding: 3pt 5pt; text-align: left; vertical-align: top; }
        th { background: #eef2f8; width: 32%; font-weight: 600; }
        section.unit { break-inside: avoid; border: 1px solid #b8c4d6; padding: 4pt 8pt; margin-bottom: 8pt; }
        ul { margin: 2pt 0 4pt 14pt; padding: 0; }
        .meta { color: #444; }
        .signatures td { height: 42pt; width: 50%; }
        """;

    public static string Render(EuropassMobilityRecord record, string language)
    {
        var lang = EuropassLabels.IsSupported(language) ? language : "en";
        string L(string key) => EuropassLabels.Get(key, lang);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{E(L("title"))} {E(record.Number)}</title>");
        html.Append("<style>").Append(Style).Append("</style></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<header><h1>{E(L("title"))}</h1><p class=\"meta\">{E(L("number"))}: <strong>{E(record.Number)}</strong> · {E(L("issued"))}: {D(record.IssuedOn)}</p></header>");

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(L("holder"))}</h2><table>");
        Row(html, L("surname"), record.Holder.LastName);
        Row(html, L("firstName"), record.Holder.FirstName);
        Row(html, L("birthDate"), D(record.Holder.BirthDate));
        Row(html, L("nationality"), Country(record.Holder.Nationality));
        html.Append("</table>");

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(L("issuer"))}</h2><table>");
        Row(html, L("issuingOrganisation"), Organisation(record.Issuer));
        html.Append("</table>");

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(L("partners"))}</h2><table>");
        Row(html, L("sendingPartner"), Organisation(record.SendingPartner.Organisation));
        Row(html, L("referencePerson"), Person(record.SendingPartner));
        Row(html, L("hostPartner"), Organisation(record.HostPartner.Organisation));
        Row(html, L("mentor"), Person(record.HostPartner));
        html.Append("</table>");

        var x = record.Experience;
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(L("experience"))}</h2><table>");
        Row(html, L("initiative"), $"{x.Initiative} ({x.CallYear})");
        Row(html, L("qualification"), $"{x.Qualification} · {L("eqf")} {x.EqfLevel}");
        Row(html, L("duration"), $"{L("from")} {D(x.From)} {L("to")} {D(x.To)} ({x.DurationDays} {L("days")})");
        html.Append(CultureInfo.InvariantCulture, $"<tr><th>{E(L("objectives"))}</th><td>{List(x.Objectives)}</td></tr></table>");

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(L("skills"))}</h2>");
        foreach (var unit in record.Units)
        {
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"unit\"><h3>{E(unit.Title)}</h3><table>");
            Row(html, L("unit"), $"{unit.QualificationUnitCode} – {unit.QualificationUnitTitle}");
            if (unit.Knowledge.Count > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><th>{E(L("knowledge"))}</th><td>{List(unit.Knowledge)}</td></tr>");
            }

            if (unit.Skills.Count > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><th>{E(L("skillsList"))}</th><td>{List(unit.Skills)}</td></tr>");
            }

            if (unit.Competences.Count > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><th>{E(L("competences"))}</th><td>{List(unit.Competences)}</td></tr>");
            }

            if (unit.LevelLabels.Count > 0)
            {
                Row(html, L("level"), unit.LevelLabels.TryGetValue(lang, out var label) ? label : unit.LevelLabels.GetValueOrDefault("en", ""));
            }

            if (unit.Mark is { } mark)
            {
                Row(html, L("mark"), string.Create(CultureInfo.InvariantCulture, $"{mark:0.##}/{unit.MarkScale:0.##}"));
            }

            OptionalRow(html, L("evidence"), unit.Evidence);
            OptionalRow(html, L("comment"), unit.Comment);
            if (unit.Recognition is { } outcome)
            {
                Row(html, L("recognition"), unit.Attestation is { } attestation ? $"{L(outcome)} ({attestation})" : L(outcome));
            }

            html.Append("</table></section>");
        }

        var a = record.Assessment;
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(L("assessment"))}</h2><table>");
        Row(html, L("method"), L(a.Method));
        OptionalRow(html, L("heldOn"), a.HeldOn is { } heldOn ? D(heldOn) : null);
        OptionalRow(html, L("language"), a.Language);
        OptionalRow(html, L("assessedBy"), a.AssessedBy);
        var participants = new List<string>();
        if (a.SendingCompanyTookPart)
        {
            participants.Add(L("sendingCompany"));
        }

        if (a.SchoolTeacherTookPart)
        {
            participants.Add(L("teacher"));
        }

        OptionalRow(html, L("participants"), participants.Count > 0 ? string.Join(", ", participants) : null);
        html.Append("</table>");

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(L("signatures"))}</h2><table class=\"signatures\"><tr><th>{E(L("hostSignature"))}</th><th>{E(L("issuerSignature"))}</th></tr>");
        html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(record.HostPartner.ReferencePerson ?? "")}</td><td>{E(record.SendingPartner.ReferencePerson ?? record.Issuer.Name)}</td></tr></table>");
        html.Append("</body></html>");
        return html.ToString();
    }

    private static void Row(StringBuilder html, string label, string value)
        => html.Append(CultureInfo.InvariantCulture, $"<tr><th>{E(label)}</th><td>{E(value)}</td></tr>");

    private static void OptionalRow(StringBuilder html, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            Row(html, label, value);
        }
    }

    private static string List(IEnumerable<string> items) => "<ul>" + string.Concat(items.Select(i => $"<li>{E(i)}</li>")) + "</ul>";

    private static string Organisation(EuropassOrganisation o) => $"{o.Name}, {o.City} ({Country(o.Country)})";

    private static string Person(EuropassPartner p)
        => string.Join(", ", new[] { p.ReferencePerson, p.ReferencePosition, p.ReferenceEmail }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static string Country(string code) => CountryCode.TryParse(code, out var country) ? country.Name : code;

    private static string D(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
