using MediatR;
using Mobility.BuildingBlocks.Geography;
using Mobility.BuildingBlocks.Security;
using Mobility.GraphQL;
using Mobility.Impact.Jobs;
using Mobility.Impact.Outcomes;
using Mobility.Impact.Reports;

namespace Mobility.Impact.GraphQL;

/// <summary>
/// Impact's Mutation fields: one per use case, each sending it (validator, authorizer, handler) and answering what
/// was recorded. Refusals are the use cases' exceptions: <c>ACCESS_DENIED</c> when the role may not, invalid input
/// naming the field, or a learner, placement or staff member the viewer does not see reported as not found.
/// </summary>
[Error<AccessDeniedException>]
internal sealed class ImpactMutations
{
    /// <summary>The participant answers their survey after return (or school staff enter a paper answer); answered once.</summary>
    [Authorize(nameof(PlatformRole.Learner), nameof(PlatformRole.SchoolStaff), nameof(PlatformRole.ConsortiumCoordinator))]
    public static async Task<SurveyAnswerType> AnswerSurveyAsync(
        [ID("Placement")] Guid placementId, Likert? satisfaction, Likert? languageSkillsImproved, Likert? selfConfidenceImproved, Likert? readyToGoAgain,
        string? openAnswer, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(
            new AnswerSurvey(placementId, satisfaction, languageSkillsImproved, selfConfidenceImproved, readyToGoAgain, openAnswer), cancellationToken);
        return new SurveyAnswerType(placementId, satisfaction, languageSkillsImproved, selfConfidenceImproved, readyToGoAgain);
    }

    /// <summary>Records one skill's CEFR level before departure, after return, or both; a later entry completes the first.</summary>
    [Authorize(nameof(PlatformRole.SchoolStaff), nameof(PlatformRole.ConsortiumCoordinator))]
    public static async Task<LanguageAssessmentType> RecordLanguageAssessmentAsync(
        [ID("Placement")] Guid placementId, [GraphQLDescription("ISO 639-1 code of the language assessed, e.g. es.")] string language, LanguageSkill skill,
        CefrLevel? before, CefrLevel? after, IMediator mediator, CancellationToken cancellationToken)
        => new(await mediator.Send(new RecordLanguageAssessment(placementId, language, skill, before, after), cancellationToken), placementId,
            language.ToLowerInvariant(), skill, before, after);

    /// <summary>Records (or corrects) a learner's result at one session of their qualification's exam.</summary>
    [Authorize(nameof(PlatformRole.SchoolStaff), nameof(PlatformRole.ConsortiumCoordinator))]
    public static async Task<ExamResultType> RecordExamResultAsync(
        [ID("Learner")] Guid learnerId, [GraphQLDescription("The session, written yyyy-MM (e.g. 2020-06).")] string session, ExamOutcome outcome,
        IMediator mediator, CancellationToken cancellationToken)
        => new(await mediator.Send(new RecordExamResult(learnerId, session, outcome), cancellationToken), learnerId, session, outcome);

    /// <summary>Records what a learner did next (one of each kind per learner; recording a kind again updates it).</summary>
    [Authorize(nameof(PlatformRole.SchoolStaff), nameof(PlatformRole.ConsortiumCoordinator))]
    public static async Task<CareerOutcomeType> RecordCareerOutcomeAsync(
        [ID("Learner")] Guid learnerId, CareerOutcomeKind kind, [GraphQLDescription("e.g. BTS Management commercial opérationnel.")] string? detail, DateOnly on,
        IMediator mediator, CancellationToken cancellationToken)
        => new(await mediator.Send(new RecordCareerOutcome(learnerId, kind, detail, on), cancellationToken), learnerId, kind, detail, on);

    /// <summary>Records a certification (such as CLIL) or a training a staff member obtained or followed.</summary>
    [Authorize(nameof(PlatformRole.SchoolStaff), nameof(PlatformRole.ConsortiumCoordinator))]
    public static async Task<StaffOutcomeType> RecordStaffOutcomeAsync(
        [ID("StaffMember")] Guid staffMemberId, StaffOutcomeKind kind, string title, DateOnly on, IMediator mediator, CancellationToken cancellationToken)
        => new(await mediator.Send(new RecordStaffOutcome(staffMemberId, kind, title, on), cancellationToken), staffMemberId, kind, title.Trim(), on);

    /// <summary>
    /// Generates a consortium or funder report for an academic year (or the whole project) from a fresh snapshot,
    /// replacing the previous one of the same kind, consortium and period.
    /// </summary>
    [Authorize(nameof(PlatformRole.ConsortiumCoordinator), nameof(PlatformRole.Funder))]
    public static async Task<ImpactReportType> GenerateReportAsync(
        ReportKind kind, Guid consortiumId,
        [GraphQLDescription("2019-2020; the whole project when left out.")] string? academicYear,
        IMediator mediator, CancellationToken cancellationToken)
    {
        var id = await mediator.Send(new GenerateReport(kind, consortiumId, academicYear), cancellationToken);
        return ImpactReportType.From((await mediator.Send(new ListReports(), cancellationToken)).Single(r => r.Id == id));
    }

    /// <summary>
    /// Runs one of the Impact jobs now through the scheduler (never twice at once); its run appears in the history
    /// under the trigger this answers.
    /// </summary>
    [Authorize(nameof(PlatformRole.ConsortiumCoordinator))]
    [UseMutationConvention(PayloadFieldName = "trigger")]
    public static Task<string> TriggerImpactJobAsync(
        [GraphQLDescription("nightly-refresh, end-of-year or survey-reminders.")] string name,
        [GraphQLDescription("The day the job takes as today (the nightly snapshot's day, the end of the academic year).")] DateOnly? date,
        IMediator mediator, CancellationToken cancellationToken)
        => mediator.Send(new TriggerImpactJob(name, date), cancellationToken);
}

/// <summary>A survey's recorded answers (the open answer is not echoed).</summary>
[GraphQLName("SurveyAnswer")]
internal sealed record SurveyAnswerType([property: ID("Placement")] Guid PlacementId, Likert? Satisfaction, Likert? LanguageSkillsImproved, Likert? SelfConfidenceImproved, Likert? ReadyToGoAgain);

[GraphQLName("LanguageAssessment")]
internal sealed record LanguageAssessmentType(Guid Id, [property: ID("Placement")] Guid PlacementId, string Language, LanguageSkill Skill, CefrLevel? Before, CefrLevel? After);

[GraphQLName("ExamResult")]
internal sealed record ExamResultType(Guid Id, [property: ID("Learner")] Guid LearnerId, string Session, ExamOutcome Outcome);

[GraphQLName("CareerOutcome")]
internal sealed record CareerOutcomeType(Guid Id, [property: ID("Learner")] Guid LearnerId, CareerOutcomeKind Kind, string? Detail, DateOnly On);

[GraphQLName("StaffOutcome")]
internal sealed record StaffOutcomeType(Guid Id, [property: ID("StaffMember")] Guid StaffMemberId, StaffOutcomeKind Kind, string Title, DateOnly On);
