using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Demo;
using Mobility.Recognition.Data;

namespace Mobility.Recognition.DecisionSupport;

/// <summary>
/// The decision-support tool's starting rules and procedures, from <c>decision-rules.json</c> in the module. They are
/// written once, when the module's tables hold none; from then on coordinators own them.
/// </summary>
internal static class DecisionRulesSeed
{
    public const string Author = "decision-rules.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static SeedFile Load()
    {
        using var stream = typeof(DecisionRulesSeed).Assembly.GetManifestResourceStream("Mobility.Recognition.DecisionSupport.decision-rules.json")
            ?? throw new InvalidOperationException("The decision rules file is not embedded in the module.");
        return JsonSerializer.Deserialize<SeedFile>(stream, Json) ?? throw new InvalidOperationException("The decision rules file is empty.");
    }

    /// <summary>Builds the entities through their own checks, so a broken file fails with the rule named.</summary>
    public static (List<EvaluationProcedure> Procedures, List<DecisionRule> Rules) Build(SeedFile file, DateTime now)
    {
        var procedures = file.Procedures.Select(p => EvaluationProcedure.Create(p.Code, p.Title, p.Description, p.Steps, Author, now)).ToList();
        var codes = procedures.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var rules = file.Rules.Select(r => DecisionRule.Create(
            DeterministicGuid.Create($"recognition/decision-rule/{r.Code}"), r.Code, r.Position, r.Conditions, r.Procedure, r.Explanation, r.Advice,
            codes, Author, now)).ToList();
        return (procedures, rules);
    }

    public static async Task SeedIfEmptyAsync(RecognitionDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.EvaluationProcedures.AnyAsync(cancellationToken) || await db.DecisionRules.AnyAsync(cancellationToken))
        {
            return;
        }

        var (procedures, rules) = Build(Load(), now);
        db.EvaluationProcedures.AddRange(procedures);
        db.DecisionRules.AddRange(rules);
        await db.SaveChangesAsync(cancellationToken);
    }

    internal sealed record SeedFile(IReadOnlyList<SeedProcedure> Procedures, IReadOnlyList<SeedRule> Rules);

    internal sealed record SeedProcedure(string Code, string Title, string Description, IReadOnlyList<string> Steps);

    internal sealed record SeedRule(string Code, int Position, IReadOnlyList<string> Conditions, string? Procedure, string Explanation, IReadOnlyList<string> Advice);
}
