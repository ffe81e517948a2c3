using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Impact.Data;

namespace Mobility.Impact.Reports;

/// <summary>The stored reports the viewer may see, newest first (without their documents).</summary>
internal sealed record ListReports : IRequest<IReadOnlyList<ReportSummary>>;

internal sealed record ReportSummary(Guid Id, ReportKind Kind, Guid? ConsortiumId, string AcademicYear, string Title, DateTime GeneratedAt, bool HasPdf);

internal sealed class ListReportsHandler(ImpactDbContext db, Viewer viewer) : IRequestHandler<ListReports, IReadOnlyList<ReportSummary>>
{
    public async Task<IReadOnlyList<ReportSummary>> Handle(ListReports request, CancellationToken cancellationToken)
    {
        var reports = await db.Reports.AsNoTracking()
            .Select(r => new ReportSummary(r.Id, r.Kind, r.ConsortiumId, r.AcademicYear, r.Title, r.GeneratedAt, r.Pdf != null))
            .ToListAsync(cancellationToken);
        return [.. reports.Where(r => ReportAccess.MaySee(viewer, r.Kind, r.ConsortiumId)).OrderByDescending(r => r.GeneratedAt).ThenBy(r => r.Title, StringComparer.Ordinal)];
    }
}

internal enum ReportFormat
{
    Html,
    Pdf,
    Csv,
}

/// <summary>One stored report in one format, for download; a report the viewer may not see does not exist for them.</summary>
internal sealed record GetReportDocument(Guid ReportId, ReportFormat Format) : IRequest<ReportDocument>;

internal sealed record ReportDocument(string FileName, string ContentType, byte[] Content);

internal sealed class GetReportDocumentValidator : AbstractValidator<GetReportDocument>
{
    public GetReportDocumentValidator()
    {
        RuleFor(r => r.ReportId).NotEmpty();
        RuleFor(r => r.Format).IsInEnum();
    }
}

internal sealed class GetReportDocumentHandler(ImpactDbContext db, Viewer viewer) : IRequestHandler<GetReportDocument, ReportDocument>
{
    public async Task<ReportDocument> Handle(GetReportDocument request, CancellationToken cancellationToken)
    {
        var report = await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == request.ReportId, cancellationToken);
        if (report is null || !ReportAccess.MaySee(viewer, report.Kind, report.ConsortiumId))
        {
            throw new NotFoundException("Report", request.ReportId);
        }

        var name = FileName(report.Title);
        return request.Format switch
        {
            ReportFormat.Html => new ReportDocument(name + ".html", "text/html; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(report.Html)),
            ReportFormat.Csv => new ReportDocument(name + ".csv", "text/csv; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(report.Csv)),
            _ => new ReportDocument(name + ".pdf", "application/pdf", report.Pdf ?? throw new NotFoundException("PDF of report", request.ReportId)),
        };
    }

    /// <summary>The title as a file name a person recognises: "Funder report 2019-2020 – CAPMOB 2.0" is funder-report-2019-2020-capmob-2-0.</summary>
    public static string FileName(string title)
    {
        var name = new System.Text.StringBuilder();
        foreach (var c in title.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(char.ToLowerInvariant(c));
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark
                && name.Length > 0 && name[^1] != '-')
            {
                name.Append('-');
            }
        }

        return name.Length == 0 ? "report" : name.ToString().TrimEnd('-');
    }
}
