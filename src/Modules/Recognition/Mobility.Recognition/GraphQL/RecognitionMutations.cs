using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.GraphQL;
using Mobility.Recognition.Contracts;
using Mobility.Recognition.DecisionSupport;
using Mobility.Recognition.Europass;
using Mobility.Recognition.Recognitions;
using Mobility.Recognition.Schemes;

namespace Mobility.Recognition.GraphQL;

/// <summary>
/// Recognition's Mutation fields, on the mutation conventions: one per use case, each sending it (its validator, then
/// its authorizer, then its handler, in one transaction) and answering the changed object as the viewer now sees it.
/// Who may act on which placement (the host tutor of that placement, the staff of its sending school, a coordinator
/// for the decision-support rules) is the use cases' authorizers' answer, listed as <c>AccessDeniedError</c>.
/// </summary>
[Error<AccessDeniedException>]
internal sealed class RecognitionMutations
{
    /// <summary>The sending school proposes, before departure, a unit of learning outcomes for a placement.</summary>
    public static async Task<UnitOfLearningOutcomesType> DefineUnitOfLearningOutcomesAsync(
        [ID("Placement")] Guid placementId, [GraphQLDescription("The unit of the learner's qualification it counts toward.")] Guid qualificationUnitId, string title,
        IReadOnlyList<string> knowledge, IReadOnlyList<string> skills, IReadOnlyList<string> competences,
        [GraphQLDescription("The recognition scheme's code, e.g. ecvet-unit or ufm-fr.")] string schemeCode, decimal? ecvetPoints,
        IMediator mediator, RecognitionSchemeCatalogue schemes, CancellationToken cancellationToken)
    {
        var unitId = await mediator.Send(new DefineUnitOfLearningOutcomes(
            placementId, qualificationUnitId, title, knowledge, skills, competences, schemeCode, ecvetPoints), cancellationToken);
        return await UnitAsync(mediator, schemes, placementId, unitId, cancellationToken);
    }

    /// <summary>Withdraws a proposed (not yet agreed) unit before departure.</summary>
    [UseMutationConvention(PayloadFieldName = "removed")]
    public static async Task<bool> RemoveUnitOfLearningOutcomesAsync(Guid unitId, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RemoveUnitOfLearningOutcomes(unitId), cancellationToken);
        return true;
    }

    /// <summary>The host tutor saves the assessment of the placement they tutor; it can be saved again until submitted.</summary>
    public static async Task<PlacementRecognitionType> RecordHostAssessmentAsync(
        [ID("Placement")] Guid placementId, AssessmentMethod method, DateOnly heldOn,
        [GraphQLDescription("ISO 639-1 language the assessment is written in.")] string language,
        bool sendingCompanyTookPart, bool schoolTeacherTookPart, string? otherParticipants, IReadOnlyList<HostGradeInputType> grades,
        IMediator mediator, RecognitionSchemeCatalogue schemes, CancellationToken cancellationToken)
    {
        await mediator.Send(new RecordHostAssessment(
            placementId, method, heldOn, language, sendingCompanyTookPart, schoolTeacherTookPart, otherParticipants,
            [.. grades.Select(g => new HostGradeInput(g.UnitId, g.Level, g.Mark, g.Evidence, g.Comment))]), cancellationToken);
        return await RecognitionAsync(mediator, schemes, placementId, cancellationToken);
    }

    /// <summary>The host tutor submits the assessment to the sending school; it is read-only afterwards.</summary>
    public static async Task<PlacementRecognitionType> SubmitHostAssessmentAsync(
        [ID("Placement")] Guid placementId, IMediator mediator, RecognitionSchemeCatalogue schemes, CancellationToken cancellationToken)
    {
        await mediator.Send(new SubmitHostAssessment(placementId), cancellationToken);
        return await RecognitionAsync(mediator, schemes, placementId, cancellationToken);
    }

    /// <summary>The sending school records its own part of a unit, when the unit's scheme has one.</summary>
    public static async Task<PlacementRecognitionType> RecordSchoolAssessmentAsync(
        [ID("Placement")] Guid placementId, Guid unitId, [GraphQLDescription("A level code of the unit's scheme grid.")] string level,
        [GraphQLDescription("Required when the scheme gives marks.")] decimal? mark, string? comment, DateOnly heldOn,
        IMediator mediator, RecognitionSchemeCatalogue schemes, CancellationToken cancellationToken)
    {
        await mediator.Send(new RecordSchoolAssessment(unitId, level, mark, comment, heldOn), cancellationToken);
        return await RecognitionAsync(mediator, schemes, placementId, cancellationToken);
    }

    /// <summary>The sending school validates the assessment; its grades are final from then on.</summary>
    public static async Task<PlacementRecognitionType> ValidateAssessmentAsync(
        [ID("Placement")] Guid placementId, IMediator mediator, RecognitionSchemeCatalogue schemes, CancellationToken cancellationToken)
    {
        await mediator.Send(new ValidateAssessment(placementId), cancellationToken);
        return await RecognitionAsync(mediator, schemes, placementId, cancellationToken);
    }

    /// <summary>The sending school decides on a unit; a new decision supersedes the last and keeps it in the history.</summary>
    public static async Task<UnitOfLearningOutcomesType> DecideRecognitionAsync(
        [ID("Placement")] Guid placementId, Guid unitId, RecognitionOutcome outcome,
        [GraphQLDescription("Required for NOT_RECOGNISED and when changing a previous decision.")] string? reason,
        IMediator mediator, RecognitionSchemeCatalogue schemes, CancellationToken cancellationToken)
    {
        await mediator.Send(new DecideRecognition(unitId, outcome, reason), cancellationToken);
        return await UnitAsync(mediator, schemes, placementId, unitId, cancellationToken);
    }

    /// <summary>The sending school issues the Europass Mobility document of a placement whose host assessment is submitted.</summary>
    public static async Task<EuropassDocumentType> IssueEuropassMobilityAsync(
        [ID("Placement")] Guid placementId, [GraphQLDescription("en, fr, es or de: the language the document is written in.")] string language, string? referencePerson,
        IMediator mediator, CancellationToken cancellationToken)
    {
        var id = await mediator.Send(new IssueEuropassMobility(placementId, language, referencePerson), cancellationToken);
        return EuropassDocumentType.From(await mediator.Send(new GetEuropassDocument(id), cancellationToken));
    }

    /// <summary>A coordinator adds a decision-support rule or replaces the one with the same code.</summary>
    public static async Task<DecisionRuleType> SaveDecisionRuleAsync(
        string code, int position, IReadOnlyList<string> conditions, string? procedureCode, string explanation, IReadOnlyList<string> advice,
        IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new SaveDecisionRule(code, position, conditions, procedureCode, explanation, advice), cancellationToken);
        return DecisionRuleType.From((await mediator.Send(new ListDecisionRules(), cancellationToken)).Single(r => r.Code == code));
    }

    /// <summary>A coordinator removes a decision-support rule.</summary>
    [UseMutationConvention(PayloadFieldName = "removed")]
    public static async Task<bool> RemoveDecisionRuleAsync(string code, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RemoveDecisionRule(code), cancellationToken);
        return true;
    }

    /// <summary>A coordinator adds an evaluation procedure or rewrites the one with the same code.</summary>
    public static async Task<EvaluationProcedureType> SaveEvaluationProcedureAsync(
        string code, string title, string description, IReadOnlyList<string> steps, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new SaveEvaluationProcedure(code, title, description, steps), cancellationToken);
        return EvaluationProcedureType.From((await mediator.Send(new ListEvaluationProcedures(), cancellationToken)).Single(p => p.Code == code));
    }

    private static async Task<PlacementRecognitionType> RecognitionAsync(
        IMediator mediator, RecognitionSchemeCatalogue schemes, Guid placementId, CancellationToken cancellationToken)
        => PlacementRecognitionType.From(
            await mediator.Send(new GetPlacementRecognition(placementId), cancellationToken)
                ?? throw new Mobility.BuildingBlocks.Domain.NotFoundException("Recognition of placement", placementId),
            schemes);

    private static async Task<UnitOfLearningOutcomesType> UnitAsync(
        IMediator mediator, RecognitionSchemeCatalogue schemes, Guid placementId, Guid unitId, CancellationToken cancellationToken)
        => (await RecognitionAsync(mediator, schemes, placementId, cancellationToken)).Units.Single(u => u.Id == unitId);
}

/// <summary>The host tutor's grade for one agreed unit.</summary>
[GraphQLName("HostGradeInput")]
internal sealed record HostGradeInputType(
    Guid UnitId, [property: GraphQLDescription("A level code of the unit's scheme grid.")] string Level,
    [property: GraphQLDescription("Required when the scheme gives marks.")] decimal? Mark, string? Evidence, string? Comment);
