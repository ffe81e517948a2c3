namespace Mobility.Impact.Reports;

internal enum ReportKind
{
    /// <summary>For the consortium's coordinator and members: every figure, by member organisation too.</summary>
    Consortium,

    /// <summary>For funders: aggregates only, small counts suppressed, no names of people.</summary>
    Funder,
}

/// <summary>A generated report, stored with the parameters and snapshot it was made from, in HTML, PDF and CSV.</summary>
internal sealed class ImpactReport
{
    public const int TitleLength = 300;

    private ImpactReport()
    {
    }

    public Guid Id { get; private set; }

    public ReportKind Kind { get; private set; }

    public Guid? ConsortiumId { get; private set; }

    /// <summary>"2019-2020", or "all years" for the whole project.</summary>
    public string AcademicYear { get; private set; } = "";

    public string Title { get; private set; } = "";

    public Guid SnapshotId { get; private set; }

    public DateTime GeneratedAt { get; private set; }

    public string Html { get; private set; } = "";

    public string Csv { get; private set; } = "";

    /// <summary>Null when no PDF renderer is available to the platform.</summary>
    public byte[]? Pdf { get; private set; }

    public static ImpactReport Create(
        Guid id, ReportKind kind, Guid? consortiumId, string academicYear, string title, Guid snapshotId, DateTime generatedAt,
        string html, string csv, byte[]? pdf)
        => new()
        {
            Id = id, Kind = kind, ConsortiumId = consortiumId, AcademicYear = academicYear, Title = title, SnapshotId = snapshotId,
            GeneratedAt = generatedAt, Html = html, Csv = csv, Pdf = pdf,
        };
}
