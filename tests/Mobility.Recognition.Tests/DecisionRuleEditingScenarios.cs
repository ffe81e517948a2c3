using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Geography;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Recognition.Data;
using Mobility.Recognition.DecisionSupport;
using Mobility.TestKit;

namespace Mobility.Recognition.Tests;

public abstract class DecisionRuleEditingScenarios(DatabaseProvider provider) : RecognitionTestBase(provider)
{
    [Fact]
    public async Task The_module_starts_with_the_rules_of_its_file_in_evaluation_order()
    {
        var rules = await Host.SendAsync(new ListDecisionRules());

        Assert.Equal(
            ["ufm-eligible", "no-company-can-assess", "both-companies-can-assess", "host-assesses", "weak-language", "long-stay", "training-body-host", "always"],
            rules.Select(r => r.Code));
        Assert.Equal(4, (await Host.SendAsync(new ListEvaluationProcedures())).Count);
    }

    [Fact]
    public async Task A_coordinators_new_rule_changes_the_recommendation_for_the_qualification()
    {
        var story = await Host.PlannedPlacementAsync();
        var request = new RecommendEvaluationProcedure(story.Qualification, 10, HostKind.Company, true, true, CefrLevel.B1);
        Assert.Equal("ufm-two-part", (await Host.SendAsync(story.Staff, request)).Procedure?.Code);

        await Host.SendAsync(story.Coordinator, new SaveDecisionRule(
            "short-stay", 5, ["durationDays < 14"], "host-assessment-school-validation",
            "Under two weeks, the consortium keeps the optional mobility unit for longer stays.", ["Plan a longer stay for the optional mobility unit."]));

        var recommendation = await Host.SendAsync(story.Staff, request);
        Assert.Equal("host-assessment-school-validation", recommendation.Procedure?.Code);
        Assert.Equal("short-stay", recommendation.Reasons[0].Code);
        Assert.Contains("Plan a longer stay for the optional mobility unit.", recommendation.Advice);
        var saved = (await Host.SendAsync(new ListDecisionRules())).Single(r => r.Code == "short-stay");
        Assert.Equal(story.Coordinator.Email, saved.UpdatedBy);
    }

    [Fact]
    public async Task A_rule_that_does_not_hold_together_is_refused_with_the_fault_named_and_nothing_is_stored()
    {
        var story = await Host.PlannedPlacementAsync();
        var before = await RulesAsync();

        var bad = await DomainAssert.ViolatesAsync("DECISION_RULE_CONDITION_INVALID", () => Host.SendAsync(story.Coordinator, new SaveDecisionRule(
            "host-assesses", 40, ["receivingCompanyTakesPart = true", "durationDays >= many"], "host-assessment-school-validation", "Why", [])));
        Assert.Contains("'many' is not a valid value for durationDays", bad.Message, StringComparison.Ordinal);
        await DomainAssert.ViolatesAsync("EVALUATION_PROCEDURE_UNKNOWN", () => Host.SendAsync(story.Coordinator, new SaveDecisionRule(
            "video", 45, ["languageLevel < B1"], "video-only", "Why", [])));
        await DomainAssert.ViolatesAsync("DECISION_RULE_EMPTY", () => Host.SendAsync(story.Coordinator, new SaveDecisionRule(
            "nothing", 45, ["languageLevel < B1"], null, "Why", [])));
        await DomainAssert.RejectsAsync("code", "RegularExpression", () => Host.SendAsync(story.Coordinator, new SaveDecisionRule(
            "Long Stay!", 45, [], null, "Why", ["Advice"])));
        await DomainAssert.ViolatesAsync("ACCESS_DENIED", () => Host.SendAsync(story.Staff, new SaveDecisionRule(
            "long-stay", 60, [], null, "Why", ["Advice"])));
        await DomainAssert.ViolatesAsync("ACCESS_DENIED", () => Host.SendAsync(story.Staff, new RemoveDecisionRule("always")));

        Assert.Equal(before, await RulesAsync());
    }

    [Fact]
    public async Task A_coordinator_edits_a_procedure_and_removes_a_rule()
    {
        var story = await Host.PlannedPlacementAsync();

        await Host.SendAsync(story.Coordinator, new SaveEvaluationProcedure(
            "video-assessment", "Assessment by video call", "The host tutor and the school's teacher assess together by video call.",
            ["Book the call with the host tutor.", "Assess together on the grid."]));
        await Host.SendAsync(story.Coordinator, new SaveDecisionRule(
            "weak-language", 50, ["languageLevel < B1"], "video-assessment", "Below B1 a teacher who speaks the language joins.", []));
        await Host.SendAsync(story.Coordinator, new RemoveDecisionRule("ufm-eligible"));

        var recommendation = await Host.SendAsync(story.Staff, new RecommendEvaluationProcedure(
            story.Qualification, 21, HostKind.Company, false, true, CefrLevel.A2));
        Assert.Equal("host-assessment-school-validation", recommendation.Procedure?.Code);
        Assert.Contains(recommendation.Reasons, r => r.Code == "weak-language");
        Assert.DoesNotContain(recommendation.Reasons, r => r.Code == "ufm-eligible");
    }

    private Task<List<string>> RulesAsync() => Host.InScopeAsync<RecognitionDbContext, List<string>>(async db =>
        [.. (await db.DecisionRules.AsNoTracking().ToListAsync()).OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => $"{r.Code}|{r.Position}|{string.Join(";", r.Conditions)}|{r.ProcedureCode}|{r.Explanation}|{string.Join(";", r.Advice)}|{r.UpdatedAt:O}")]);
}

public sealed class DecisionRuleEditingScenariosOnSqlite() : DecisionRuleEditingScenarios(DatabaseProvider.Sqlite);

public sealed class DecisionRuleEditingScenariosOnPostgres() : DecisionRuleEditingScenarios(DatabaseProvider.Postgres);
