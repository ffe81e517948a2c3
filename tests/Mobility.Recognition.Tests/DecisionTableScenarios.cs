using Mobility.BuildingBlocks.Geography;
using Mobility.Recognition.DecisionSupport;

namespace Mobility.Recognition.Tests;

/// <summary>
/// The decision-support tool's table of cases over the rules shipped in <c>decision-rules.json</c>: each row is a
/// planned mobility, the procedure the tool must recommend and the rules that must (and must not) explain it.
/// </summary>
public sealed class DecisionTableScenarios
{
    private static readonly (List<EvaluationProcedure> Procedures, List<DecisionRule> Rules) Shipped =
        DecisionRulesSeed.Build(DecisionRulesSeed.Load(), new DateTime(2026, 9, 1, 9, 0, 0, DateTimeKind.Utc));

    public static IEnumerable<object[]> Cases => new object[][]
    {
        // case, level, EQF, UFM, days, host, sending takes part, receiving takes part, language, procedure, rules that apply, rules that must not
        new object[] { "CAP with the UFM, both companies, three weeks", "CAP", 3, true, 21, "Company", true, true, "B1",
            "ufm-two-part", "ufm-eligible,both-companies-can-assess,host-assesses,always", "no-company-can-assess,weak-language" },
        new object[] { "Bac Pro with the UFM but a host that cannot assess", "Bac Pro", 4, true, 28, "Company", true, false, "B2",
            "portfolio-assessed-on-return", "no-company-can-assess,always", "ufm-eligible,host-assesses" },
        new object[] { "BTS, both companies, four weeks", "BTS", 5, false, 28, "Company", true, true, "B2",
            "joint-assessment-with-both-companies", "both-companies-can-assess,host-assesses,always", "ufm-eligible" },
        new object[] { "BTS, both companies, ten days: too short to involve both", "BTS", 5, false, 10, "Company", true, true, "B2",
            "host-assessment-school-validation", "host-assesses,always", "both-companies-can-assess" },
        new object[] { "BTS, host only, learner at A2", "BTS", 5, false, 21, "Company", false, true, "A2",
            "host-assessment-school-validation", "host-assesses,weak-language,always", "both-companies-can-assess" },
        new object[] { "Gesellenprüfung, four months at a training body", "Gesellenprüfung", 4, false, 120, "TrainingBody", false, true, "B1",
            "host-assessment-school-validation", "host-assesses,long-stay,training-body-host,always", "weak-language" },
        new object[] { "FCIL without the UFM, host assesses", "FCIL", 4, false, 14, "Company", false, true, "C1",
            "host-assessment-school-validation", "host-assesses,always", "ufm-eligible,weak-language,long-stay" },
        new object[] { "CAP with the UFM whose flag is set but a level the UFM does not cover", "CAPa", 3, true, 21, "Company", false, true, "B1",
            "host-assessment-school-validation", "host-assesses,always", "ufm-eligible" },
        new object[] { "Nobody can assess, learner at C1", "CAP", 3, false, 14, "Company", false, false, "C1",
            "portfolio-assessed-on-return", "no-company-can-assess,always", "weak-language,host-assesses" },
        new object[] { "ErasmusPro of six months, both companies, A1", "Bac Pro", 4, true, 180, "Company", true, true, "A1",
            "ufm-two-part", "ufm-eligible,both-companies-can-assess,host-assesses,weak-language,long-stay,always", "no-company-can-assess" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_tool_recommends_the_procedure_of_the_first_rule_that_applies_and_explains_with_every_rule_that_applies(
        string name, string level, int eqf, bool ufm, int days, string host, bool sending, bool receiving, string language, string procedure,
        string applies, string doesNotApply)
    {
        var facts = new DecisionFacts(level, eqf, ufm, days, Enum.Parse<HostKind>(host), sending, receiving, Enum.Parse<CefrLevel>(language));

        var recommendation = DecisionEngine.Recommend(facts, Shipped.Rules, Shipped.Procedures);

        Assert.True(procedure == recommendation.Procedure?.Code, $"{name}: expected {procedure}, got {recommendation.Procedure?.Code}");
        var reasons = recommendation.Reasons.Select(r => r.Code).ToList();
        Assert.Equal(applies.Split(','), reasons);
        Assert.DoesNotContain(reasons, doesNotApply.Split(',').Contains);
    }

    [Fact]
    public void Every_recommendation_carries_the_seeds_practical_advice_once()
    {
        var facts = new DecisionFacts("CAP", 3, true, 21, HostKind.Company, true, true, CefrLevel.A2);

        var advice = DecisionEngine.Recommend(facts, Shipped.Rules, Shipped.Procedures).Advice;

        Assert.Contains(advice, a => a.StartsWith("Inform the sending company as soon as possible", StringComparison.Ordinal));
        Assert.Contains(advice, a => a.StartsWith("Appoint a tutor in the host company", StringComparison.Ordinal));
        Assert.Contains(advice, a => a.Contains("measurable and above all realistic, using the headings of Europass Mobility", StringComparison.Ordinal));
        Assert.Contains(advice, a => a.StartsWith("Follow up regularly during the stay", StringComparison.Ordinal));
        Assert.Contains(advice, a => a.StartsWith("Debrief with the sending employer", StringComparison.Ordinal));
        Assert.Contains(advice, a => a.Contains("in French and in the host's language", StringComparison.Ordinal));
        Assert.Equal(advice.Count, advice.Distinct().Count());
    }

    [Theory]
    [InlineData("durationDays >= 28", 28, true)]
    [InlineData("durationDays >= 28", 27, false)]
    [InlineData("durationDays < 14", 13, true)]
    [InlineData("languageLevel < B1", 0, true)]
    [InlineData("languageLevel >= b2", 0, false)]
    [InlineData("qualificationLevel in [CAP, bac pro]", 0, true)]
    [InlineData("qualificationLevel not in [CAP, Bac Pro]", 0, false)]
    [InlineData("hostKind = TrainingBody", 0, false)]
    [InlineData("hostKind != TrainingBody", 0, true)]
    [InlineData("hasOptionalMobilityUnit = true", 0, true)]
    [InlineData("eqfLevel <= 4", 0, true)]
    public void A_condition_reads_as_written(string text, int days, bool expected)
    {
        var facts = new DecisionFacts("Bac Pro", 4, true, days, HostKind.Company, false, true, CefrLevel.A2);

        Assert.True(Condition.TryParse(text, out var condition, out var error), error);
        Assert.Equal(expected, condition!.IsMetBy(facts));
    }

    [Theory]
    [InlineData("duration >= 28", "'duration' is not a fact")]
    [InlineData("durationDays >= many", "'many' is not a valid value for durationDays (a whole number)")]
    [InlineData("hostKind < Company", "hostKind cannot be compared with '<'")]
    [InlineData("languageLevel = B3", "'B3' is not a valid value for languageLevel (A1, A2, B1, B2, C1 or C2)")]
    [InlineData("qualificationLevel in CAP", "'in' takes a list in brackets")]
    [InlineData("durationDays 28", "is not a condition")]
    public void A_condition_that_does_not_parse_says_what_is_wrong(string text, string expected)
    {
        Assert.False(Condition.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
