using Mobility.BuildingBlocks.Persistence;
using Mobility.Impact.Indicators;
using Mobility.Impact.Reports;
using Mobility.Impact.Snapshots;
using Mobility.Recognition.Contracts;
using Mobility.Recognition.Contracts.Events;

namespace Mobility.Impact.Tests.ReadModels;

/// <summary>
/// Recognition's decisions on units of learning outcomes, delivered through the outbox, make the indicator "share of
/// learners with a unit recognised toward their qualification": the decision in force is the latest, a late or
/// redelivered event changes nothing, and a learner counts once however many units they had recognised.
/// </summary>
public abstract class UnitRecognitionScenarios(DatabaseProvider provider) : ImpactTestBase(provider)
{
    private static readonly DateTime Decided = new(2020, 7, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Learners_with_a_unit_credited_toward_their_qualification_are_counted_once_by_the_decision_in_force()
    {
        var qualification = Enrolment.AddQualification("Bac Pro", 4, "Bac Pro Cuisine");
        var school = Enrolment.AddSchool("Lycée hôtelier");
        var learners = new List<(Guid Learner, Guid Placement)>();
        for (var i = 0; i < 12; i++)
        {
            var learner = Enrolment.AddLearner(school, qualification, i % 2 == 0 ? "Female" : "Male");
            var placement = Guid.NewGuid();
            learners.Add((learner, placement));
            await Host.PublishAsync(
                Given.Registered(learner, school, qualification, Decided.AddYears(-2)),
                Given.Completed(placement, learner, school, new DateOnly(2020, 3, 2), 28, "IE", "Hospitality"));
        }

        UnitRecognitionDecided Decision(int learner, RecognitionOutcome outcome, DateTime at, Guid? unit = null)
            => new(Guid.NewGuid(), at, unit ?? Guid.NewGuid(), learners[learner].Placement, learners[learner].Learner, school,
                qualification, Guid.NewGuid(), "UF-MOB", "FR-BACPRO-MOBILITE", outcome, outcome != RecognitionOutcome.NotRecognised, 14.5m, null);

        var withdrawn = Guid.NewGuid();
        var lateCredit = Guid.NewGuid();
        var credited = Decision(0, RecognitionOutcome.CreditedTowardQualification, Decided);
        await Host.PublishAsync(
            credited,
            Decision(1, RecognitionOutcome.CreditedTowardQualification, Decided),
            Decision(2, RecognitionOutcome.CreditedTowardQualification, Decided),
            Decision(3, RecognitionOutcome.CreditedTowardQualification, Decided),
            Decision(4, RecognitionOutcome.CreditedTowardQualification, Decided),
            Decision(5, RecognitionOutcome.CountedInContinuousAssessment, Decided),
            Decision(6, RecognitionOutcome.RecordedInTranscript, Decided),
            Decision(7, RecognitionOutcome.CreditedTowardQualification, Decided, withdrawn),
            Decision(8, RecognitionOutcome.NotRecognised, Decided.AddDays(5), lateCredit),
            Decision(9, RecognitionOutcome.CreditedTowardQualification, Decided),
            Decision(9, RecognitionOutcome.CreditedTowardQualification, Decided.AddDays(1)));
        Assert.Equal((7, 12), await UnitsRecognisedAsync("first"));

        // Learner 7's unit is withdrawn later; learner 8's earlier credit arrives after the refusal that replaced it;
        // learner 0's decision is sent again.
        await Host.PublishAsync(
            Decision(7, RecognitionOutcome.NotRecognised, Decided.AddDays(3), withdrawn),
            Decision(8, RecognitionOutcome.CreditedTowardQualification, Decided, lateCredit),
            credited with { EventId = Guid.NewGuid() });

        Assert.Equal((6, 12), await UnitsRecognisedAsync("second"));
        Assert.Equal(11, await Host.InScopeAsync<Data.ImpactDbContext, int>(db => Task.FromResult(db.UnitRecognitions.Count())));
    }

    [Fact]
    public async Task A_report_gives_the_recognised_share_once_decisions_exist_and_says_so_while_none_is_recorded()
    {
        var qualification = Enrolment.AddQualification("CAP", 3, "CAP Boulanger");
        var school = Enrolment.AddSchool("CFA des métiers");
        var consortium = Enrolment.AddConsortium("Réseau des CFA", school);
        var learners = new List<(Guid Learner, Guid Placement)>();
        for (var i = 0; i < 12; i++)
        {
            var learner = Enrolment.AddLearner(school, qualification, "Female");
            var placement = Guid.NewGuid();
            learners.Add((learner, placement));
            await Host.PublishAsync(
                Given.Registered(learner, school, qualification, Decided.AddYears(-2)),
                Given.Selected(learner, consortium, school, Decided.AddYears(-1)),
                Given.Completed(placement, learner, school, new DateOnly(2020, 3, 2), 28, "DE", "Bakery"));
        }

        var before = await ReportHtmlAsync(consortium);
        Assert.Contains("no recognition decision recorded yet for these participants", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Had a unit recognised toward their qualification</td><td class=\"n\">0%", before, StringComparison.Ordinal);

        await Host.PublishAsync([.. learners.Take(4).Select((l, i) => new UnitRecognitionDecided(
            Guid.NewGuid(), Decided, Guid.NewGuid(), l.Placement, l.Learner, school, qualification, Guid.NewGuid(), "UF-MOB", "FR-CAP-MOBILITE",
            i == 3 ? RecognitionOutcome.NotRecognised : RecognitionOutcome.CreditedTowardQualification, i != 3, 12m, null))]);

        var after = await ReportHtmlAsync(consortium);
        Assert.DoesNotContain("no recognition decision recorded yet", after, StringComparison.Ordinal);
        Assert.Contains(
            "Had a unit recognised toward their qualification</td><td class=\"n\">25%</td><td class=\"n\">3</td><td class=\"n\">12</td>",
            after, StringComparison.Ordinal);
    }

    private async Task<string> ReportHtmlAsync(Guid consortium)
    {
        var id = await Host.SendAsync(new GenerateReport(ReportKind.Consortium, consortium, "2019-2020"));
        return System.Text.Encoding.UTF8.GetString((await Host.SendAsync(new GetReportDocument(id, ReportFormat.Html))).Content);
    }

    private async Task<(decimal?, int?)> UnitsRecognisedAsync(string run)
    {
        var id = await Host.SendAsync(new TakeSnapshot($"units:{run}", SnapshotKind.OnDemand, IndicatorFilter.None, [Dimension.Total, Dimension.Gender]));
        var figures = (await Host.SendAsync(new GetSnapshotFigures(id))).Figures.Where(f => f.Indicator == Indicator.UnitRecognised).ToList();
        var total = figures.Single(f => f.Dimension == Dimension.Total);
        Assert.Equal(total.Numerator, figures.Where(f => f.Dimension == Dimension.Gender).Sum(f => f.Numerator));
        Assert.Equal(Math.Round(total.Numerator!.Value / total.Denominator!.Value, 4), total.Value);
        return (total.Numerator, total.Denominator);
    }
}

public sealed class UnitRecognitionScenariosOnSqlite() : UnitRecognitionScenarios(DatabaseProvider.Sqlite);

public sealed class UnitRecognitionScenariosOnPostgres() : UnitRecognitionScenarios(DatabaseProvider.Postgres);
