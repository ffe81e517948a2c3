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
/// Recognition's Mutation fields, for signed-in users in the roles each names; the use case checks further who may
/// act on which placement (the host tutor of that placement, the staff of its sending school).
/// </summary>
[Authorize]
internal sealed class RecognitionMutations
{
    /// <summary>The sending school proposes, before departure, a unit of learning outcomes for a placement.</summary>
    [Authorize(nameof(PlatformRole.SchoolStaff), nameof(PlatformRole.ConsortiumCoordinator))]
    [UseMutationConvention(Disable = true)]
    public static async Task<UnitOfLearningOutcomesType> DefineUnitOfLearningOutcomesAsync(
        DefineUnitOfLearningOutcomesInput input, IMediator mediator, RecognitionSchemeCatalogue schemes, CancellationToken cancellationToken)
    {
        var unitId = await mediator.Send(new DefineUnitOfLearningOutcomes(
            input.PlacementId, input.QualificationUnitId, input.Title, input.Knowledge, input.Skills, input.Competences, input.SchemeCode, input.EcvetPoints),
            cancellationToken);
        return await UnitAsync(mediator, schemes, input.PlacementId, unitId, cancellationToken);
    }

    /// <summary>Withdraws a proposed (not yet agreed) unit before departure.</summary>
    [Authorize(nameof(PlatformRole.SchoolStaff), nameof(PlatformRole.ConsortiumCoordinator))]
    [UseMutationConvention(Disable = true)]
    public static async Task<bool> RemoveUnitOfLearningOutcomesAsync(Guid unitId, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RemoveUnitOfLearningOutcomes(unitId), cancellationToken);
        return true;
    }

    /// <summary>The host tutor saves the assessment of the placement they tutor; it can be saved again until submitted.</summary>
    [Authorize(nameof(PlatformRole.HostTutor))]
    [UseMutationConvention(Disable = true)]
    public static async Task<PlacementRecognitionType> RecordHostAssessmentAsync(
        RecordHostAssessmentInput input, IMediator mediator, RecognitionSchemeCatalogue schemes, CancellationToken cancellationToken)
    {
        await mediator.Send(new RecordHostAssessment(
            input.PlacementId, input.Method, input.HeldOn, input.Language, input.SendingCompanyTookPart, input.SchoolTeacherTookPart,
            input.OtherParticipants, [.. input.Grades.Select(g => new HostGradeInput(g.UnitId, g.Level, g.Mark, g.Evidence, g.Comment))]), cancellationToken);
        return await RecognitionAsync(mediator, schemes, input.PlacementId, cancellationToken);
    }

    /// <summary>The host tutor submits the assessment to the sending school; it is read-only afterwards.</summary>
    [Authorize(nameof(PlatformRole.HostTutor))]
    [UseMutationConvention(Disable = true)]
    public static async Task<PlacementRecognitionType> SubmitHostAssessmentAsync(
        Guid placementId, IMediator mediator, RecognitionSchemeCatalogue schemes, CancellationToken cancellationToken)
    {
        await mediator.Send(new SubmitHostAssessment(placementId), cancellationToken);
        return await RecognitionAsync(mediator, schemes, placementId, cancellationToken);
    }

    /// <summary>The sending school records its own part of a unit, when the unit's scheme has one.</summary>
    [Authorize(nameof(PlatformRole.SchoolStaff))]
    [UseMutationConvention(Disable = true)]
    public static async Task<PlacementRecognitionType> RecordSchoolAssessmentAsync(
        RecordSchoolAssessmentInput input, IMediator mediator, RecognitionSchemeCatalogue schemes, CancellationToken cancellationToken)
    {
        await mediator.Send(new RecordSchoolAssessment(input.UnitId, input.Level, input.Mark, input.Comment, input.HeldOn), cancellationToken);
        return await RecognitionAsync(mediator, schemes, input.PlacementId, cancellationToken);
    }

    /// <summary>The sending school validates the assessment; its grades are final from then on.</summary>
    [Authorize(nameof(PlatformRole.SchoolStaff))]
    [UseMutationConvention(Disable = true)]
    public static async Task<PlacementRecognitionType> ValidateAssessmentAsync(
        Guid placementId, IMediator mediator, RecognitionSchemeCatalogue schemes, CancellationToken cancellationToken)
    {
        await mediator.Send(new ValidateAssessment(placementId), cancellationToken);
        return await RecognitionAsync(mediator, schemes, placementId, cancellationToken);
    }

    /// <summary>The sending school decides on a unit; a new decision supersedes the last and keeps it in the history.</summary>
    [Authorize(nameof(PlatformRole.SchoolStaff))]
    [UseMutationConvention(Disable = true)]
    public static async Task<UnitOfLearningOutcomesType> DecideRecognitionAsync(
        DecideRecognitionInput input, IMediator mediator, RecognitionSchemeCatalogue schemes, CancellationToken cancellationToken)
    {
        await mediator.Send(new DecideRecognition(input.UnitId, input.Outcome, input.Reason), cancellationToken);
        return await UnitAsync(mediator, schemes, input.PlacementId, input.UnitId, cancellationToken);
    }

    /// <summary>The sending school issues the Europass Mobility document of a placement whose host assessment is submitted.</summary>
    [Authorize(nameof(PlatformRole.SchoolStaff), nameof(PlatformRole.ConsortiumCoordinator))]
    [UseMutationConvention(Disable = true)]
    public static async Task<EuropassDocumentType> IssueEuropassMobilityAsync(
        IssueEuropassMobilityInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var id = await mediator.Send(new IssueEuropassMobility(input.PlacementId, input.Language, input.ReferencePerson), cancellationToken);
        return EuropassDocumentType.From(await mediator.Send(new GetEuropassDocument(id), cancellationToken));
    }

    /// <summary>A coordinator adds a decision-support rule or replaces the one with the same code.</summary>
    [Authorize(nameof(PlatformRole.ConsortiumCoordinator))]
    [UseMutationConvention(Disable = true)]
    public static async Task<DecisionRuleType> SaveDecisionRuleAsync(SaveDecisionRuleInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new SaveDecisionRule(input.Code, input.Position, input.Conditions, input.ProcedureCode, input.Explanation, input.Advice),
            cancellationToken);
        return DecisionRuleType.From((await mediator.Send(new ListDecisionRules(), cancellationToken)).Single(r => r.Code == input.Code));
    }

    /// <summary>A coordinator removes a decision-support rule.</summary>
    [Authorize(nameof(PlatformRole.ConsortiumCoordinator))]
    [UseMutationConvention(Disable = true)]
    public static async Task<bool> RemoveDecisionRuleAsync(string code, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RemoveDecisionRule(code), cancellationToken);
        return true;
    }

    /// <summary>A coordinator adds an evaluation procedure or rewrites the one with the same code.</summary>
    [Authorize(nameof(PlatformRole.ConsortiumCoordinator))]
    [UseMutationConvention(Disable = true)]
    public static async Task<EvaluationProcedureType> SaveEvaluationProcedureAsync(
        SaveEvaluationProcedureInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new SaveEvaluationProcedure(input.Code, input.Title, input.Description, input.Steps), cancellationToken);
        return EvaluationProcedureType.From((await mediator.Send(new ListEvaluationProcedures(), cancellationToken)).Single(p => p.Code == input.Code));
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

internal sealed record DefineUnitOfLearningOutcomesInput(
    Guid PlacementId, Guid QualificationUnitId, string Title, IReadOnlyList<string> Knowledge, IReadOnlyList<string> Skills,
    IReadOnlyList<string> Competences, string SchemeCode, decimal? EcvetPoints);

internal sealed record RecordHostAssessmentInput(
    Guid PlacementId, AssessmentMethod Method, DateOnly HeldOn,
    [property: GraphQLDescription("ISO 639-1 language the assessment is written in.")] string Language,
    bool SendingCompanyTookPart, bool SchoolTeacherTookPart, string? OtherParticipants, IReadOnlyList<HostGradeInputType> Grades);

/// <summary>The host tutor's grade for one agreed unit.</summary>
[GraphQLName("HostGradeInput")]
internal sealed record HostGradeInputType(
    Guid UnitId, [property: GraphQLDescription("A level code of the unit's scheme grid.")] string Level,
    [property: GraphQLDescription("Required when the scheme gives marks.")] decimal? Mark, string? Evidence, string? Comment);

internal sealed record RecordSchoolAssessmentInput(Guid PlacementId, Guid UnitId, string Level, decimal? Mark, string? Comment, DateOnly HeldOn);

internal sealed record DecideRecognitionInput(
    Guid PlacementId, Guid UnitId, RecognitionOutcome Outcome,
    [property: GraphQLDescription("Required for NOT_RECOGNISED and when changing a previous decision.")] string? Reason);

internal sealed record IssueEuropassMobilityInput(
    Guid PlacementId, [property: GraphQLDescription("en, fr, es or de: the language the document is written in.")] string Language, string? ReferencePerson);

internal sealed record SaveDecisionRuleInput(
    string Code, int Position, IReadOnlyList<string> Conditions, string? ProcedureCode, string Explanation, IReadOnlyList<string> Advice);

internal sealed record SaveEvaluationProcedureInput(string Code, string Title, string Description, IReadOnlyList<string> Steps);
