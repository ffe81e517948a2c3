using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Geography;
using Mobility.BuildingBlocks.Security;
using Mobility.Documents;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Impact.Data;
using Mobility.Impact.Indicators;
using Mobility.Impact.Snapshots;

namespace Mobility.Impact.Reports;

/// <summary>
/// Generates a consortium's report for an academic year from a fresh snapshot ("report:{consortium}:{year}"), as
/// HTML, CSV and (when a PDF renderer is available) PDF, and stores it under an id derived from kind, consortium and
/// year, replacing the previous one. A funder report carries suppressed figures only.
/// </summary>
internal sealed record GenerateReport(ReportKind Kind, Guid ConsortiumId, string? AcademicYear) : IRequest<Guid>
{
    /// <summary>How a report over every academic year (the whole project) is named.</summary>
    public const string AllYears = "all years";

    public string Period => AcademicYear ?? AllYears;
}

internal sealed class GenerateReportValidator : AbstractValidator<GenerateReport>
{
    public GenerateReportValidator()
    {
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.ConsortiumId).NotEmpty();
        RuleFor(r => r.AcademicYear).Must(y => y is null || AcademicYears.IsValid(y))
            .WithMessage("Write the academic year as 2019-2020, or leave it out for the whole project.");
    }
}

internal sealed class GenerateReportHandler(
    ImpactDbContext db, IMediator mediator, IEnrolmentDirectory enrolment, Viewer viewer, TimeProvider clock,
    IEnumerable<IPdfRenderer> renderers, ILogger<GenerateReportHandler> logger)
    : IRequestHandler<GenerateReport, Guid>
{
    public async Task<Guid> Handle(GenerateReport request, CancellationToken cancellationToken)
    {
        ReportAccess.EnsureMayGenerate(viewer, request.Kind, request.ConsortiumId);
        var consortium = (await enrolment.GetConsortiaAsync([request.ConsortiumId], cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException("Consortium", request.ConsortiumId);
        var filter = new IndicatorFilter(AcademicYear: request.AcademicYear, ConsortiumId: request.ConsortiumId);
        var snapshotId = await mediator.Send(
            new TakeSnapshot(
                $"report:{request.ConsortiumId}:{request.Period}", SnapshotKind.Report, filter,
                [.. Enum.GetValues<Dimension>().Where(d => d != Dimension.Consortium)]),
            cancellationToken);
        var stored = await mediator.Send(new GetSnapshotFigures(snapshotId), cancellationToken);
        var figures = request.Kind == ReportKind.Funder ? Suppression.Apply(stored.Figures) : stored.Figures;
        var now = clock.GetUtcNow().UtcDateTime;
        var content = new ReportContent(
            request.Kind, consortium.Name, request.Period, now, snapshotId, figures, await LabelsAsync(figures, cancellationToken),
            await RecognitionRecordedAsync(filter, cancellationToken));

        var html = ReportHtml.Render(content);
        var pdf = await RenderPdfAsync(html, cancellationToken);
        var id = DeterministicGuid.Create($"impact/report/{request.Kind}/{request.ConsortiumId}/{request.Period}");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Reports.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (db.Reports.Local.FirstOrDefault(r => r.Id == id) is { } stale)
        {
            db.Entry(stale).State = EntityState.Detached;
        }

        db.Reports.Add(ImpactReport.Create(
            id, request.Kind, request.ConsortiumId, request.Period, ReportHtml.Title(content), snapshotId, now, html,
            ReportCsv.Render(content), pdf));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    private async Task<byte[]?> RenderPdfAsync(string html, CancellationToken cancellationToken)
    {
        var renderer = renderers.FirstOrDefault();
        if (renderer is null)
        {
            return null;
        }

        try
        {
            return await renderer.RenderAsync(html, cancellationToken);
        }
        catch (PdfRenderingException e)
        {
            // The HTML and CSV are still worth storing; the PDF can be generated again once the renderer works.
            logger.LogWarning(e, "The report's PDF could not be rendered");
            return null;
        }
    }

    /// <summary>Whether any unit of a participant in the report has been decided on, whatever the outcome.</summary>
    private Task<bool> RecognitionRecordedAsync(IndicatorFilter filter, CancellationToken cancellationToken)
    {
        var participants = filter.Apply(db.OutcomeFacts).Select(f => f.LearnerId);
        return db.UnitRecognitions.AnyAsync(r => participants.Contains(r.LearnerId), cancellationToken);
    }

    /// <summary>Readable names for the groups: organisations and qualifications from Enrolment, countries, flags.</summary>
    private async Task<IReadOnlyDictionary<(Dimension, string), string>> LabelsAsync(
        IReadOnlyList<IndicatorFigure> figures, CancellationToken cancellationToken)
    {
        var labels = new Dictionary<(Dimension, string), string>();
        Guid[] Ids(Dimension d) => [.. figures.Where(f => f.Dimension == d).Select(f => Guid.TryParse(f.Group, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty).Distinct()];
        foreach (var organisation in await enrolment.GetOrganisationsAsync(Ids(Dimension.Organisation), cancellationToken))
        {
            labels[(Dimension.Organisation, organisation.Id.ToString())] = organisation.Name;
        }

        foreach (var qualification in await enrolment.GetQualificationsAsync(Ids(Dimension.Qualification), cancellationToken))
        {
            labels[(Dimension.Qualification, qualification.Id.ToString())] = qualification.NationalName;
        }

        foreach (var country in figures.Where(f => f.Dimension == Dimension.DestinationCountry).Select(f => f.Group).Distinct())
        {
            labels[(Dimension.DestinationCountry, country)] = CountryCode.TryParse(country, out var code) ? code.Name : country;
        }

        labels[(Dimension.FewerOpportunities, "Yes")] = "With fewer opportunities";
        labels[(Dimension.FewerOpportunities, "No")] = "Without fewer opportunities";
        labels[(Dimension.FewerOpportunities, "Unknown")] = "Not recorded";
        labels[(Dimension.Gender, "NonBinary")] = "Non-binary";
        labels[(Dimension.Gender, "Undisclosed")] = "Not disclosed";
        return labels;
    }
}
