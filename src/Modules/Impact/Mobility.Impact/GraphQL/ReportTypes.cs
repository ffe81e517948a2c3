using Mobility.GraphQL;
using Mobility.Impact.Reports;

namespace Mobility.Impact.GraphQL;

/// <summary>A stored impact report, with where to download it in each format (authorization as for the list).</summary>
[GraphQLName("ImpactReport")]
internal sealed record ImpactReportType(
    Guid Id,
    ReportKind Kind,
    Guid? ConsortiumId,
    [property: GraphQLDescription("2019-2020, or 'all years' for the whole project.")] string AcademicYear,
    string Title,
    DateTimeOffset GeneratedAt,
    [property: GraphQLDescription("The self-contained HTML page.")] string HtmlUrl,
    [property: GraphQLDescription("Null when no PDF could be rendered.")] string? PdfUrl,
    [property: GraphQLDescription("Every figure with its numerator, denominator and whether it is suppressed.")] string CsvUrl)
{
    /// <summary>Where the reports are downloaded over HTTP: /reports/{id}.{html|pdf|csv}.</summary>
    public static string Url(Guid id, ReportFormat format) => $"/reports/{id}.{format.ToString().ToLowerInvariant()}";

    public static ImpactReportType From(ReportSummary r) => new(
        r.Id, r.Kind, r.ConsortiumId, r.AcademicYear, r.Title, new DateTimeOffset(DateTime.SpecifyKind(r.GeneratedAt, DateTimeKind.Utc)),
        Url(r.Id, ReportFormat.Html), r.HasPdf ? Url(r.Id, ReportFormat.Pdf) : null, Url(r.Id, ReportFormat.Csv));
}
