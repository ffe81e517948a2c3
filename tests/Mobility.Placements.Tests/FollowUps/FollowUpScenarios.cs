using Mobility.BuildingBlocks.Persistence;
using Mobility.Placements.FollowUps;
using Mobility.Placements.Lifecycle;
using Mobility.Placements.SendingCompanies;
using Mobility.TestKit;

namespace Mobility.Placements.Tests.FollowUps;

public abstract class FollowUpScenarios(DatabaseProvider provider) : PlacementsTestBase(provider)
{
    [Fact]
    public async Task Check_ins_happen_during_the_placement_and_the_debriefing_once()
    {
        var (planned, _, _) = await Host.PlannedLearnerPlacementAsync(Enrolment);
        await DomainAssert.ViolatesAsync("FOLLOW_UP_ONLY_DURING_PLACEMENT",
            () => Host.SendAsync(new RecordFollowUp(planned, Given.StartsOn, "Claire Dubois", "Too early")));
        await Host.SendAsync(new CancelPlacement(planned, "Replaced", false));

        var placement = await Host.PlacementInProgressAsync(Enrolment);
        Host.Clock.Now = new DateTimeOffset(2027, 3, 15, 18, 0, 0, TimeSpan.Zero);
        await Host.SendAsync(new RecordFollowUp(placement, new DateOnly(2027, 3, 15), "Claire Dubois", "Settled in; working on the cold starters"));
        Host.Clock.Now = new DateTimeOffset(2027, 4, 2, 9, 0, 0, TimeSpan.Zero);
        await Host.SendAsync(new CompletePlacement(placement));
        await Host.SendAsync(new RecordDebriefing(placement, new DateOnly(2027, 4, 2), "Claire Dubois", "Objectives reached"));

        await DomainAssert.ViolatesAsync("DEBRIEFING_ALREADY_RECORDED",
            () => Host.SendAsync(new RecordDebriefing(placement, new DateOnly(2027, 4, 2), "Claire Dubois", "Again")));
        var followUps = (await Host.SendAsync(new GetPlacement(placement))).FollowUps.OrderBy(f => f.HeldOn).ToList();
        Assert.Equal([FollowUpKind.CheckIn, FollowUpKind.FinalDebriefing], followUps.Select(f => f.Kind));
    }

    [Fact]
    public async Task An_apprentices_employer_takes_part_in_the_follow_up_or_the_debriefing()
    {
        var placement = await Host.PlacementInProgressAsync(Enrolment);
        var learner = (await Host.SendAsync(new GetPlacement(placement))).LearnerId!.Value;
        var company = await Host.SendAsync(new RegisterSendingCompany(
            learner, "Brasserie Martin", "Paris", "Luc Martin", "luc@brasserie.example", new DateOnly(2026, 6, 1)));

        await DomainAssert.ViolatesAsync("DEBRIEFING_WITH_SENDING_EMPLOYER_REQUIRED",
            () => Host.SendAsync(new RecordDebriefing(placement, new DateOnly(2027, 3, 8), "Claire Dubois", "Without the employer")));
        await Host.SendAsync(new RecordDebriefing(placement, new DateOnly(2027, 3, 8), "Claire Dubois", "With Luc Martin", WithSendingEmployer: true));

        Assert.True((await Host.SendAsync(new GetPlacement(placement))).Debriefing!.WithSendingEmployer);
        Assert.NotEqual(Guid.Empty, company);
    }
}

public sealed class FollowUpScenariosOnSqlite() : FollowUpScenarios(DatabaseProvider.Sqlite);

public sealed class FollowUpScenariosOnPostgres() : FollowUpScenarios(DatabaseProvider.Postgres);
