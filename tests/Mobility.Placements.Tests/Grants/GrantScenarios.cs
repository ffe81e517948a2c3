using Mobility.BuildingBlocks.Persistence;
using Mobility.Placements.Contracts.Directory;
using Mobility.Placements.Grants;
using Mobility.Placements.Lifecycle;
using Mobility.TestKit;

namespace Mobility.Placements.Tests.Grants;

public abstract class GrantScenarios(DatabaseProvider provider) : PlacementsTestBase(provider)
{
    [Fact]
    public async Task A_computed_grant_is_stored_line_by_line_and_a_recomputation_replaces_it()
    {
        // Call 2026 => 2024 rates. Paris -> Berlin 877.46 km: 309.00 + green top-up 108.00; 24 + 4 travel days = 28:
        // 14 x 56 = 784.00, 14 x 39 = 546.00; organisational 350.00. Total 2 097.00. The first computation (plane, 2 travel
        // days: 309 + 14 x 56 + 2 x 39 + 350 = 1 521.00) is replaced.
        var (placement, _, _) = await Host.PlannedLearnerPlacementAsync(Enrolment);
        await Host.SendAsync(new ComputeGrant(placement, GreenTravel: false, TravelDays: 2, FewerOpportunities: false));

        var computed = await Host.SendAsync(new ComputeGrant(placement, GreenTravel: true, TravelDays: 4, FewerOpportunities: false));
        var stored = await Host.SendAsync(new GetPlacementGrant(placement));

        Assert.Equal(2097.00m, computed.Total);
        Assert.Equal(computed.Lines, stored.Lines);
        Assert.Equal((2024, 877.5, 2097.00m), (stored.CallYear, stored.DistanceKm, stored.Total));
    }

    [Fact]
    public async Task An_interrupted_placement_is_funded_for_its_days_abroad_and_a_cancelled_one_not_at_all()
    {
        // Interrupted after 10 days: 10 + 2 travel days = 12 x 56 = 672.00; travel 309.00; organisational 350.00 => 1 331.00.
        var placement = await Host.PlacementInProgressAsync(Enrolment);
        Host.Clock.Now = new DateTimeOffset(2027, 3, 20, 9, 0, 0, TimeSpan.Zero);
        await Host.SendAsync(new InterruptPlacement(placement, new DateOnly(2027, 3, 17), "Injury", ForceMajeure: true));
        Assert.Equal(1331.00m, (await Host.SendAsync(new ComputeGrant(placement, false, 2, false))).Total);

        var (cancelled, _, _) = await Host.PlannedLearnerPlacementAsync(Enrolment, new DateOnly(2027, 4, 5), new DateOnly(2027, 4, 20));
        await Host.SendAsync(new CancelPlacement(cancelled, "Host closed", ForceMajeure: true));
        await DomainAssert.ViolatesAsync("PLACEMENT_CANCELLED_NO_GRANT", () => Host.SendAsync(new ComputeGrant(cancelled, false, 2, false)));
    }

    [Fact]
    public async Task Other_modules_read_placements_by_learner_through_the_directory()
    {
        var (placement, learner, school) = await Host.PlannedLearnerPlacementAsync(Enrolment);

        var summaries = await Host.InScopeAsync<IPlacementsDirectory, IReadOnlyList<PlacementSummary>>(
            d => d.GetPlacementsOfLearnersAsync([learner, Guid.NewGuid()], CancellationToken.None));

        var summary = Assert.Single(summaries);
        Assert.Equal((placement, school, 24, "DE"), (summary.Id, summary.SendingOrganisationId!.Value, summary.DurationDays, summary.DestinationCountry));
    }

    [Fact]
    public async Task Other_modules_read_the_host_tutor_of_a_placement_through_the_directory()
    {
        var (tutored, _, _) = await Host.PlannedLearnerPlacementAsync(Enrolment);
        var (untutored, _, _) = await Host.PlannedLearnerPlacementAsync(Enrolment, new DateOnly(2027, 4, 5), new DateOnly(2027, 4, 20));
        await Host.SendAsync(new AppointHostTutor(tutored, "Jana Becker", "jana.becker@host.example", "Head chef"));

        var tutors = await Host.InScopeAsync<IPlacementsDirectory, IReadOnlyList<HostTutorSummary>>(
            d => d.GetHostTutorsAsync([tutored, untutored, Guid.NewGuid()], CancellationToken.None));

        Assert.Equal([new HostTutorSummary(tutored, "Jana Becker", "jana.becker@host.example", "Head chef")], tutors);
    }
}

public sealed class GrantScenariosOnSqlite() : GrantScenarios(DatabaseProvider.Sqlite);

public sealed class GrantScenariosOnPostgres() : GrantScenarios(DatabaseProvider.Postgres);
