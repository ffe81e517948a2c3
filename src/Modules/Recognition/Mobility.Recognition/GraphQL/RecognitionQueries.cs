using MediatR;
using Mobility.BuildingBlocks.Domain;
using Mobility.GraphQL;
using Mobility.Recognition.DecisionSupport;
using Mobility.Recognition.Europass;
using Mobility.Recognition.Recognitions;
using Mobility.Recognition.Schemes;

namespace Mobility.Recognition.GraphQL;

/// <summary>Recognition's Query fields, for signed-in users; each sends a use case, which scopes what the viewer sees.</summary>
[Authorize]
internal sealed class RecognitionQueries
{
    /// <summary>A placement's recognition, or null when it has none or you may not see it.</summary>
    public static async Task<PlacementRecognitionType?> GetPlacementRecognitionAsync(
        [GraphQLDescription("The placement's id.")] [ID("Placement")] Guid placementId, IMediator mediator, RecognitionSchemeCatalogue schemes, CancellationToken cancellationToken)
        => await mediator.Send(new GetPlacementRecognition(placementId), cancellationToken) is { } recognition
            ? PlacementRecognitionType.From(recognition, schemes)
            : null;

    /// <summary>
    /// The recognitions you may see, earliest stay first: a coordinator's consortium, a school's own learners, a host
    /// tutor's placements, a learner's own.
    /// </summary>
    public static async Task<IReadOnlyList<PlacementRecognitionType>> GetRecognitionsAsync(
        [GraphQLDescription("Only this learner's.")] Guid? learnerId,
        [GraphQLDescription("Only those whose units are agreed and whose host assessment is not submitted yet.")] bool? awaitingAssessmentOnly,
        IMediator mediator, RecognitionSchemeCatalogue schemes, CancellationToken cancellationToken)
        => [.. (await mediator.Send(new ListRecognitions(learnerId, awaitingAssessmentOnly ?? false), cancellationToken))
            .Select(r => PlacementRecognitionType.From(r, schemes))];

    /// <summary>Recognition figures (counts only) over what you may see; funders see every recognition's figures.</summary>
    public static async Task<RecognitionStatisticsType> GetRecognitionStatisticsAsync(IMediator mediator, CancellationToken cancellationToken)
        => RecognitionStatisticsType.From(await mediator.Send(new GetRecognitionStatistics(), cancellationToken));

    /// <summary>The recognition schemes units can be assessed and recognised under.</summary>
    public static IReadOnlyList<RecognitionSchemeType> GetRecognitionSchemes(
        [GraphQLDescription("en, fr, es or de (labels fall back to English).")] string? language, RecognitionSchemeCatalogue schemes)
        => [.. schemes.All.Select(s => RecognitionSchemeType.From(s, language ?? "en"))];

    /// <summary>An issued Europass Mobility document, or null when there is none you may see.</summary>
    public static async Task<EuropassDocumentType?> GetEuropassDocumentAsync(
        [GraphQLDescription("The document's id.")] Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        try
        {
            return EuropassDocumentType.From(await mediator.Send(new GetEuropassDocument(id), cancellationToken));
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    /// <summary>The Europass Mobility documents issued for a placement, newest first.</summary>
    public static async Task<IReadOnlyList<EuropassDocumentType>> GetEuropassDocumentsAsync(
        [GraphQLDescription("The placement's id.")] [ID("Placement")] Guid placementId, IMediator mediator, CancellationToken cancellationToken)
        => [.. (await mediator.Send(new ListEuropassDocuments(placementId), cancellationToken)).Select(EuropassDocumentType.From)];

    /// <summary>The decision-support tool's rules, in the order they are evaluated.</summary>
    public static async Task<IReadOnlyList<DecisionRuleType>> GetDecisionRulesAsync(IMediator mediator, CancellationToken cancellationToken)
        => [.. (await mediator.Send(new ListDecisionRules(), cancellationToken)).Select(DecisionRuleType.From)];

    /// <summary>The evaluation procedures the rules may recommend.</summary>
    public static async Task<IReadOnlyList<EvaluationProcedureType>> GetEvaluationProceduresAsync(IMediator mediator, CancellationToken cancellationToken)
        => [.. (await mediator.Send(new ListEvaluationProcedures(), cancellationToken)).Select(EvaluationProcedureType.From)];

    /// <summary>The facts a decision rule's conditions may test.</summary>
    public static IReadOnlyList<DecisionFactType> GetDecisionFacts()
        => [.. DecisionFact.All.Select(f => new DecisionFactType(f.Name, f.Type.ToString(), f.Description))];

    /// <summary>
    /// The decision-support tool: recommends an evaluation procedure involving the companies for a certificative
    /// mobility, says why, and lists practical advice.
    /// </summary>
    public static async Task<RecommendationType> GetEvaluationRecommendationAsync(
        EvaluationRecommendationInput input, IMediator mediator, CancellationToken cancellationToken)
        => RecommendationType.From(await mediator.Send(
            new RecommendEvaluationProcedure(input.QualificationId, input.DurationDays, input.HostKind, input.SendingCompanyTakesPart,
                input.ReceivingCompanyTakesPart, input.LanguageLevel), cancellationToken));
}

/// <summary>What the decision-support tool needs to know about a planned mobility.</summary>
/// <param name="QualificationId">The learner's qualification (its national and EQF levels, its optional mobility unit).</param>
/// <param name="DurationDays">Days abroad.</param>
/// <param name="HostKind">Company or training body.</param>
/// <param name="SendingCompanyTakesPart">Whether the apprentice's employer at home can take part in the evaluation.</param>
/// <param name="ReceivingCompanyTakesPart">Whether the host abroad can take part in the evaluation.</param>
/// <param name="LanguageLevel">The learner's CEFR level in the host's working language.</param>
internal sealed record EvaluationRecommendationInput(
    Guid QualificationId, int DurationDays, HostKind HostKind, bool SendingCompanyTakesPart, bool ReceivingCompanyTakesPart,
    Mobility.BuildingBlocks.Geography.CefrLevel LanguageLevel);
