using Mobility.Impact.Indicators;

namespace Mobility.Impact.Reports;

/// <summary>
/// Everything a report shows, resolved: figures (suppressed for funders), the names of the groups, and whether any
/// decision on recognising learning outcomes exists for its participants (without one, "none recognised" would be
/// read as a result).
/// </summary>
internal sealed record ReportContent(
    ReportKind Kind,
    string ConsortiumName,
    string AcademicYear,
    DateTime GeneratedAt,
    Guid SnapshotId,
    IReadOnlyList<IndicatorFigure> Figures,
    IReadOnlyDictionary<(Dimension, string), string> Labels,
    bool RecognitionRecorded)
{
    public IndicatorFigure? Total(Indicator indicator, string? skill = null)
        => Figures.FirstOrDefault(f => f.Dimension == Dimension.Total && f.Indicator == indicator && f.Skill == skill);

    public IEnumerable<IndicatorFigure> By(Dimension dimension, Indicator indicator, string? skill = null)
        => Figures.Where(f => f.Dimension == dimension && f.Indicator == indicator && f.Skill == skill);

    public string Label(Dimension dimension, string group) => Labels.GetValueOrDefault((dimension, group)) ?? group;
}
