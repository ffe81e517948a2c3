using Mobility.Recognition.Schemes;

namespace Mobility.Recognition.Recognitions;

/// <summary>
/// Knowledge, skills and competence statements the learner is to acquire abroad, linked to a unit of their
/// qualification and assessed under a recognition scheme. Proposed by the sending school, agreed when the learning
/// agreement that follows is signed by all three parties. Carries the grades of its parts.
/// </summary>
internal sealed class UnitOfLearningOutcomes
{
    private UnitOfLearningOutcomes()
    {
    }

    public UnitOfLearningOutcomes(
        Guid id, Guid placementRecognitionId, int position, Guid qualificationUnitId, string qualificationUnitCode, string qualificationUnitTitle,
        string title, IEnumerable<string> knowledge, IEnumerable<string> skills, IEnumerable<string> competences, decimal? ecvetPoints, string schemeCode)
    {
        Id = id;
        PlacementRecognitionId = placementRecognitionId;
        Position = position;
        QualificationUnitId = qualificationUnitId;
        QualificationUnitCode = qualificationUnitCode;
        QualificationUnitTitle = qualificationUnitTitle;
        Title = title.Trim();
        Knowledge = Clean(knowledge);
        Skills = Clean(skills);
        Competences = Clean(competences);
        EcvetPoints = ecvetPoints;
        SchemeCode = schemeCode;
    }

    public Guid Id { get; private set; }

    public Guid PlacementRecognitionId { get; private set; }

    public int Position { get; private set; }

    public Guid QualificationUnitId { get; private set; }

    public string QualificationUnitCode { get; private set; } = "";

    public string QualificationUnitTitle { get; private set; } = "";

    public string Title { get; private set; } = "";

    public List<string> Knowledge { get; private set; } = [];

    public List<string> Skills { get; private set; } = [];

    public List<string> Competences { get; private set; } = [];

    public decimal? EcvetPoints { get; private set; }

    public string SchemeCode { get; private set; } = "";

    /// <summary>The learning-agreement version that agreed the unit; null while it is only proposed.</summary>
    public int? AgreedInVersion { get; private set; }

    public string? HostLevel { get; private set; }

    public decimal? HostMark { get; private set; }

    public string? HostEvidence { get; private set; }

    public string? HostComment { get; private set; }

    public string? SchoolLevel { get; private set; }

    public decimal? SchoolMark { get; private set; }

    public string? SchoolComment { get; private set; }

    public DateOnly? SchoolAssessedOn { get; private set; }

    public string? SchoolAssessedBy { get; private set; }

    public bool IsAgreed => AgreedInVersion is not null;

    public PartGrade? HostGrade => HostLevel is null ? null : new PartGrade(HostLevel, HostMark);

    public PartGrade? SchoolGrade => SchoolLevel is null ? null : new PartGrade(SchoolLevel, SchoolMark);

    public SchemeResult Result(RecognitionScheme scheme) => scheme.Evaluate(HostGrade, SchoolGrade);

    internal void Agree(int version) => AgreedInVersion = version;

    internal void GradeAtHost(string level, decimal? mark, string? evidence, string? comment)
        => (HostLevel, HostMark, HostEvidence, HostComment) = (level, mark, Blank(evidence), Blank(comment));

    internal void GradeAtSchool(string level, decimal? mark, string? comment, DateOnly assessedOn, string assessedBy)
        => (SchoolLevel, SchoolMark, SchoolComment, SchoolAssessedOn, SchoolAssessedBy) = (level, mark, Blank(comment), assessedOn, assessedBy.Trim());

    private static List<string> Clean(IEnumerable<string> statements)
        => [.. statements.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim())];

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
