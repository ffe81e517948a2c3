using Mobility.GraphQL;
using Mobility.Recognition.DecisionSupport;

namespace Mobility.Recognition.GraphQL;

/// <summary>A rule of the decision-support tool, as coordinators edit it.</summary>
[GraphQLName("DecisionRule")]
internal sealed record DecisionRuleType(
    string Code,
    [property: GraphQLDescription("Rules are evaluated by ascending position.")] int Position,
    [property: GraphQLDescription("All must hold, e.g. 'durationDays >= 28', 'hostKind = Company', 'qualificationLevel in [CAP, Bac Pro]'.")] IReadOnlyList<string> Conditions,
    string? ProcedureCode,
    string Explanation,
    IReadOnlyList<string> Advice,
    string UpdatedBy,
    DateTimeOffset UpdatedAt)
{
    public static DecisionRuleType From(DecisionRule r) => new(
        r.Code, r.Position, r.Conditions, r.ProcedureCode, r.Explanation, r.Advice, r.UpdatedBy, PlacementRecognitionType.Utc(r.UpdatedAt)!.Value);
}

/// <summary>An evaluation procedure involving the companies.</summary>
[GraphQLName("EvaluationProcedure")]
internal sealed record EvaluationProcedureType(string Code, string Title, string Description, IReadOnlyList<string> Steps)
{
    public static EvaluationProcedureType From(EvaluationProcedure p) => new(p.Code, p.Title, p.Description, p.Steps);
}

/// <summary>What the decision-support tool recommends, why, and the practical advice for a certificative mobility.</summary>
[GraphQLName("EvaluationRecommendation")]
internal sealed record RecommendationType(EvaluationProcedureType? Procedure, IReadOnlyList<AppliedRuleType> Reasons, IReadOnlyList<string> Advice)
{
    public static RecommendationType From(Recommendation r) => new(
        r.Procedure is null ? null : EvaluationProcedureType.From(r.Procedure), [.. r.Reasons.Select(a => new AppliedRuleType(a.Code, a.Explanation))], r.Advice);
}

/// <summary>A rule that applied, with its explanation.</summary>
[GraphQLName("AppliedRule")]
internal sealed record AppliedRuleType(string Code, string Explanation);

/// <summary>A fact a rule's condition may test.</summary>
[GraphQLName("DecisionFact")]
internal sealed record DecisionFactType(string Name, string Type, string Description);
