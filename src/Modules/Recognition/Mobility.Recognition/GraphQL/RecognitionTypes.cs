using Mobility.GraphQL;
using Mobility.Recognition.Contracts;
using Mobility.Recognition.Recognitions;
using Mobility.Recognition.Schemes;

namespace Mobility.Recognition.GraphQL;

/// <summary>The recognition of a placement's learning outcomes: agreed units, the host assessment, validation and decisions.</summary>
[GraphQLName("PlacementRecognition")]
[Authorize]
internal sealed record PlacementRecognitionType(
    [property: ID("Placement")] Guid PlacementId,
    [property: GraphQLDescription("The learner's qualification, as at the opening of the recognition.")] string QualificationName,
    int EqfLevel,
    DateOnly StartsOn,
    DateOnly EndsOn,
    [property: GraphQLDescription("The learner's last day abroad (earlier than endsOn when the placement was interrupted).")] DateOnly ReturnedOn,
    string? HostTutorName,
    [property: GraphQLDescription("The learning-agreement version in which the units were last agreed.")] int? AgreedVersion,
    DateTimeOffset? AgreedAt,
    HostAssessmentType Assessment,
    DateTimeOffset? ValidatedAt,
    string? ValidatedBy,
    IReadOnlyList<UnitOfLearningOutcomesType> Units)
{
    public static PlacementRecognitionType From(PlacementRecognition r, RecognitionSchemeCatalogue schemes) => new(
        r.PlacementId, r.QualificationName, r.EqfLevel, r.StartsOn, r.EndsOn, r.ReturnedOn, r.HostTutorName, r.AgreedVersion, Utc(r.AgreedAt),
        new HostAssessmentType(r.AssessmentStatus, r.AssessmentMethod, r.AssessedOn, r.AssessmentLanguage, r.SendingCompanyTookPart,
            r.SchoolTeacherTookPart, r.OtherParticipants, r.AssessedBy, Utc(r.AssessmentSubmittedAt)),
        Utc(r.ValidatedAt), r.ValidatedBy,
        [.. r.Units.OrderBy(u => u.Position).Select(u => UnitOfLearningOutcomesType.From(r, u, schemes.Get(u.SchemeCode)))]);

    internal static DateTimeOffset? Utc(DateTime? instant) => instant is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null;
}

/// <summary>The host tutor's assessment: how, when, in which language and with whom it was held.</summary>
[GraphQLName("HostAssessment")]
[Authorize]
internal sealed record HostAssessmentType(
    AssessmentStatus Status, AssessmentMethod? Method, DateOnly? HeldOn, string? Language, bool SendingCompanyTookPart, bool SchoolTeacherTookPart,
    string? OtherParticipants, string? AssessedBy, DateTimeOffset? SubmittedAt);

/// <summary>A unit of learning outcomes (knowledge, skills, competences) linked to a unit of the learner's qualification.</summary>
[GraphQLName("UnitOfLearningOutcomes")]
[Authorize]
internal sealed record UnitOfLearningOutcomesType(
    Guid Id,
    int Position,
    string QualificationUnitCode,
    string QualificationUnitTitle,
    string Title,
    IReadOnlyList<string> Knowledge,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Competences,
    decimal? EcvetPoints,
    string SchemeCode,
    [property: GraphQLDescription("The learning-agreement version that agreed it; null while only proposed.")] int? AgreedInVersion,
    PartGradeType? HostGrade,
    PartGradeType? SchoolGrade,
    UnitResultType Result,
    [property: GraphQLDescription("The decision in force, if any.")] RecognitionDecisionType? Decision,
    [property: GraphQLDescription("Every decision taken on the unit, oldest first.")] IReadOnlyList<RecognitionDecisionType> Decisions)
{
    public static UnitOfLearningOutcomesType From(PlacementRecognition r, UnitOfLearningOutcomes u, RecognitionScheme scheme)
    {
        var result = u.Result(scheme);
        var history = r.Decisions.Where(d => d.UnitId == u.Id).OrderBy(d => d.Sequence).Select(RecognitionDecisionType.From).ToList();
        return new(
            u.Id, u.Position, u.QualificationUnitCode, u.QualificationUnitTitle, u.Title, u.Knowledge, u.Skills, u.Competences, u.EcvetPoints, u.SchemeCode,
            u.AgreedInVersion,
            u.HostLevel is null ? null : new PartGradeType(u.HostLevel, u.HostMark, u.HostEvidence, u.HostComment, null, null),
            u.SchoolLevel is null ? null : new PartGradeType(u.SchoolLevel, u.SchoolMark, null, u.SchoolComment, u.SchoolAssessedOn, u.SchoolAssessedBy),
            new UnitResultType(result.Complete, result.Passed, result.FinalMark, result.Attestation, result.MissingParts),
            history.LastOrDefault(), history);
    }
}

/// <summary>One part's grade: a level of the scheme's grid and, where the scheme gives marks, a mark.</summary>
[GraphQLName("PartGrade")]
[Authorize]
internal sealed record PartGradeType(string Level, decimal? Mark, string? Evidence, string? Comment, DateOnly? HeldOn, string? AssessedBy);

/// <summary>The unit's result under its scheme so far.</summary>
[GraphQLName("UnitResult")]
internal sealed record UnitResultType(bool Complete, bool Passed, decimal? FinalMark, string? Attestation, IReadOnlyList<string> MissingParts);

/// <summary>A decision of the sending school on a unit, with who took it and why.</summary>
[GraphQLName("RecognitionDecision")]
[Authorize]
internal sealed record RecognitionDecisionType(
    Guid Id, int Sequence, RecognitionOutcome Outcome, string? Reason, bool Passed, decimal? FinalMark, string? Attestation, string DecidedBy,
    DateTimeOffset DecidedAt)
{
    public static RecognitionDecisionType From(RecognitionDecision d) => new(
        d.Id, d.Sequence, d.Outcome, d.Reason, d.Passed, d.FinalMark, d.Attestation, d.DecidedBy, PlacementRecognitionType.Utc(d.DecidedAt)!.Value);
}

/// <summary>Recognition figures: counts only, never a name.</summary>
[GraphQLName("RecognitionStatistics")]
internal sealed record RecognitionStatisticsType(
    int Placements, int AgreedUnits, int AssessedUnits, int DecidedUnits, int RecognisedUnits, int PassedUnits, int Attestations,
    IReadOnlyList<OutcomeCountType> ByOutcome, IReadOnlyList<SchemeCountType> ByScheme)
{
    public static RecognitionStatisticsType From(RecognitionStatistics s) => new(
        s.Placements, s.AgreedUnits, s.AssessedUnits, s.DecidedUnits, s.RecognisedUnits, s.PassedUnits, s.Attestations,
        [.. s.ByOutcome.Select(o => new OutcomeCountType(o.Outcome, o.Units))], [.. s.ByScheme.Select(c => new SchemeCountType(c.SchemeCode, c.AgreedUnits, c.RecognisedUnits))]);
}

[GraphQLName("OutcomeCount")]
internal sealed record OutcomeCountType(RecognitionOutcome Outcome, int Units);

[GraphQLName("SchemeCount")]
internal sealed record SchemeCountType(string SchemeCode, int AgreedUnits, int RecognisedUnits);

/// <summary>A recognition scheme (data): its grid, parts, marks and attestation.</summary>
[GraphQLName("RecognitionScheme")]
internal sealed record RecognitionSchemeType(
    string Code, string Name, string Description, IReadOnlyList<GridLevelType> Levels, decimal? MarkScale, decimal? PassMark, string? Attestation,
    [property: GraphQLDescription("The qualification unit codes it applies to; empty for any unit.")] IReadOnlyList<string> UnitCodes,
    IReadOnlyList<SchemePartType> Parts)
{
    public static RecognitionSchemeType From(RecognitionScheme s, string language) => new(
        s.Code, s.Name.In(language), s.Description.In(language), [.. s.Levels.Select(l => new GridLevelType(l.Code, l.Labels.In(language), l.Passes))],
        s.MarkScale, s.PassMark, s.Attestation, s.UnitCodes,
        [.. s.Parts.Select(p => new SchemePartType(p.Code, p.AssessedBy, p.Labels.In(language), p.Competences, p.WithinMonthsOfReturn, p.Weight))]);
}

[GraphQLName("GridLevel")]
internal sealed record GridLevelType(string Code, string Label, bool Passes);

[GraphQLName("SchemePart")]
internal sealed record SchemePartType(string Code, Assessor AssessedBy, string Label, IReadOnlyList<string> Competences, int? WithinMonthsOfReturn, decimal Weight);
