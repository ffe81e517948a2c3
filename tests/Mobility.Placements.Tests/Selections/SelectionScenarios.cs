using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Contracts.Events;
using Mobility.Placements.Contracts;
using Mobility.Placements.Contracts.Events;
using Mobility.Placements.Data;
using Mobility.Placements.Lifecycle;
using Mobility.TestKit;

namespace Mobility.Placements.Tests.Selections;

public abstract class SelectionScenarios(DatabaseProvider provider) : PlacementsTestBase(provider)
{
    [Fact]
    public async Task A_learner_not_selected_on_any_call_cannot_be_placed()
    {
        var learner = Enrolment.AddLearner(Enrolment.AddSchool("Lycée Tirel"));
        var host = await Host.BerlinHostAsync();

        await DomainAssert.ViolatesAsync("LEARNER_NOT_SELECTED", () => Host.SendAsync(new PlanPlacement(
            PlacementKind.ShortTermLearner, Given.CallYear, host, Given.StartsOn, Given.EndsOn, LearnerId: learner)));
    }

    [Fact]
    public async Task The_selected_event_makes_the_learner_placeable_and_a_redelivery_changes_nothing()
    {
        var school = Enrolment.AddSchool("Lycée Tirel");
        var learner = Enrolment.AddLearner(school);
        var application = await Host.SelectAsync(learner, school);
        await Host.SelectAsync(learner, school, application);

        Assert.Equal(1, await Host.InScopeAsync<PlacementsDbContext, int>(db => db.SelectedLearners.CountAsync()));
        var placement = await Host.SendAsync(new PlanPlacement(
            PlacementKind.ShortTermLearner, Given.CallYear, await Host.BerlinHostAsync(), Given.StartsOn, Given.EndsOn, LearnerId: learner));
        Assert.Equal(school, (await Host.SendAsync(new GetPlacement(placement))).SendingOrganisationId);
    }

    [Fact]
    public async Task A_placement_must_fall_within_the_mobility_period_of_the_call()
        => await DomainAssert.ViolatesAsync("PLACEMENT_OUTSIDE_SELECTION_PERIOD",
            () => Host.PlannedLearnerPlacementAsync(Enrolment, new DateOnly(2027, 5, 20), new DateOnly(2027, 6, 10)));

    [Fact]
    public async Task A_withdrawal_cancels_the_placement_planned_through_that_application_and_says_so()
    {
        var (placement, learner, _) = await Host.PlannedLearnerPlacementAsync(Enrolment);
        var application = (await Host.InScopeAsync<PlacementsDbContext, Guid>(db => db.SelectedLearners.Select(s => s.ApplicationId).SingleAsync()));
        // The second event reports the same withdrawal again, under a new event ID the inbox does not know.
        for (var delivery = 0; delivery < 2; delivery++)
        {
            await Host.InScopeAsync<PlacementsDbContext>(async db =>
            {
                db.Publish(new ApplicationWithdrawn(
                    Guid.NewGuid(), Host.Clock.GetUtcNow().UtcDateTime, application, learner, Guid.NewGuid(), Guid.NewGuid(), true, "Family reasons"));
                await db.SaveChangesAsync();
            });
            await Host.DispatchOutboxAsync();
        }

        Assert.Equal(PlacementStatus.Cancelled, (await Host.SendAsync(new GetPlacement(placement))).Status);
        var cancelled = Assert.Single(await Host.PublishedAsync<PlacementCancelled>());
        Assert.Equal("Application withdrawn: Family reasons", cancelled.Reason);
        Assert.Equal(placement, cancelled.PlacementId);
        var otherHost = await Host.BerlinHostAsync("Restaurant Lorenz Adlon");
        await DomainAssert.ViolatesAsync("LEARNER_NOT_SELECTED", () => Host.SendAsync(new PlanPlacement(
            PlacementKind.ShortTermLearner, Given.CallYear, otherHost, Given.StartsOn, Given.EndsOn, LearnerId: learner)));
    }
}

public sealed class SelectionScenariosOnSqlite() : SelectionScenarios(DatabaseProvider.Sqlite);

public sealed class SelectionScenariosOnPostgres() : SelectionScenarios(DatabaseProvider.Postgres);
