namespace Mobility.Recognition.DecisionSupport;

/// <summary>What the tool recommends, why (the rules that applied, in order), and the practical advice to follow.</summary>
internal sealed record Recommendation(EvaluationProcedure? Procedure, IReadOnlyList<AppliedRule> Reasons, IReadOnlyList<string> Advice);

internal sealed record AppliedRule(string Code, string Explanation);

/// <summary>
/// Evaluates the rules in position order: every rule whose conditions all hold contributes its explanation and
/// advice; the first one that names a procedure decides the recommendation.
/// </summary>
internal static class DecisionEngine
{
    public static Recommendation Recommend(DecisionFacts facts, IEnumerable<DecisionRule> rules, IEnumerable<EvaluationProcedure> procedures)
    {
        var byCode = procedures.ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
        var applied = rules.OrderBy(r => r.Position).ThenBy(r => r.Code, StringComparer.Ordinal).Where(r => r.Applies(facts)).ToList();
        var deciding = applied.FirstOrDefault(r => r.ProcedureCode is not null && byCode.ContainsKey(r.ProcedureCode));
        return new Recommendation(
            deciding is null ? null : byCode[deciding.ProcedureCode!],
            [.. applied.Select(r => new AppliedRule(r.Code, r.Explanation))],
            [.. applied.SelectMany(r => r.Advice).Distinct(StringComparer.Ordinal)]);
    }
}
