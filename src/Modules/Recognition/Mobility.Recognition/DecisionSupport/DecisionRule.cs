using Mobility.BuildingBlocks.Domain;

namespace Mobility.Recognition.DecisionSupport;

/// <summary>
/// One rule of the decision-support tool: when every condition holds, it recommends its evaluation procedure (the
/// first such rule by position wins), gives its explanation and adds its practical advice. Coordinators edit rules.
/// </summary>
internal sealed class DecisionRule
{
    public const int MaxConditions = 10;
    public const int MaxAdvice = 10;

    private DecisionRule()
    {
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public int Position { get; private set; }

    public List<string> Conditions { get; private set; } = [];

    public string? ProcedureCode { get; private set; }

    public string Explanation { get; private set; } = "";

    public List<string> Advice { get; private set; } = [];

    public string UpdatedBy { get; private set; } = "";

    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<Condition> ParsedConditions() => [.. Conditions.Select(c => Condition.TryParse(c, out var parsed, out _) ? parsed! : throw
        new DomainRuleViolationException("DECISION_RULE_CONDITION_INVALID", $"Rule {Code} has a condition that no longer parses: '{c}'."))];

    public bool Applies(DecisionFacts facts) => ParsedConditions().All(c => c.IsMetBy(facts));

    public static DecisionRule Create(Guid id, string code, int position, IReadOnlyList<string> conditions, string? procedureCode,
        string explanation, IReadOnlyList<string> advice, IReadOnlySet<string> procedures, string updatedBy, DateTime now)
    {
        var rule = new DecisionRule { Id = id, Code = code.Trim() };
        rule.Change(position, conditions, procedureCode, explanation, advice, procedures, updatedBy, now);
        return rule;
    }

    /// <summary>Replaces the rule's content after checking every condition parses and the procedure exists.</summary>
    public void Change(int position, IReadOnlyList<string> conditions, string? procedureCode, string explanation, IReadOnlyList<string> advice,
        IReadOnlySet<string> procedures, string updatedBy, DateTime now)
    {
        Rule.Require(!string.IsNullOrWhiteSpace(Code), "DECISION_RULE_CODE_REQUIRED", "A rule needs a code.");
        Rule.Require(position >= 0, "DECISION_RULE_POSITION_NEGATIVE", "A rule's position is zero or more.");
        Rule.Require(conditions.Count <= MaxConditions, "DECISION_RULE_TOO_MANY_CONDITIONS", $"A rule has {MaxConditions} conditions at most.");
        foreach (var condition in conditions)
        {
            Rule.Require(Condition.TryParse(condition, out _, out var error), "DECISION_RULE_CONDITION_INVALID", $"Rule {Code}: {error}");
        }

        var procedure = string.IsNullOrWhiteSpace(procedureCode) ? null : procedureCode.Trim();
        Rule.Require(procedure is null || procedures.Contains(procedure), "EVALUATION_PROCEDURE_UNKNOWN",
            $"Rule {Code} recommends '{procedure}', which is not an evaluation procedure ({string.Join(", ", procedures.Order(StringComparer.Ordinal))}).");
        var cleanAdvice = advice.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToList();
        Rule.Require(cleanAdvice.Count <= MaxAdvice, "DECISION_RULE_TOO_MUCH_ADVICE", $"A rule gives {MaxAdvice} pieces of advice at most.");
        Rule.Require(procedure is not null || cleanAdvice.Count > 0, "DECISION_RULE_EMPTY",
            $"Rule {Code} neither recommends a procedure nor gives advice.");
        Rule.Require(!string.IsNullOrWhiteSpace(explanation), "DECISION_RULE_EXPLANATION_REQUIRED", $"Rule {Code} must explain why it applies.");
        Position = position;
        Conditions = [.. conditions.Select(c => c.Trim())];
        ProcedureCode = procedure;
        Explanation = explanation.Trim();
        Advice = cleanAdvice;
        UpdatedBy = updatedBy;
        UpdatedAt = now;
    }
}
