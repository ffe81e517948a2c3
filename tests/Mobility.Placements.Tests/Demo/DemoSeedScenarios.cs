using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Calls;
using Mobility.Enrolment.Data;
using Mobility.Placements.Contracts;
using Mobility.Placements.Data;
using Mobility.Placements.Lifecycle;
using Mobility.Placements.SendingCompanies;
using Mobility.Placements.Tests.EndToEnd;
using Mobility.TestKit;

namespace Mobility.Placements.Tests.Demo;

public abstract class DemoSeedScenarios(DatabaseProvider provider) : BothModulesTestBase(provider)
{
    private static readonly Guid CapmobConsortium = DeterministicGuid.Create("enrolment/consortium/capmob");
    private static readonly Guid CraftsConsortium = DeterministicGuid.Create("enrolment/consortium/crafts");
    private static readonly Guid CraftsCall = DeterministicGuid.Create("enrolment/call/crafts-2021");

    [Fact]
    public async Task Running_both_demo_seeders_twice_changes_nothing()
    {
        var first = await SeedAsync();
        var before = await PlacementsTablesAsync();

        var second = await SeedAsync();

        Assert.Equal(first, second);
        Assert.Equal(before, await PlacementsTablesAsync());
        Assert.StartsWith("Placements: 57 host organisations, ", second[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_of_the_471_learners_Enrolment_selected_for_CAPMOB_completes_one_placement_of_12_to_62_days_in_16_countries()
    {
        var summary = await SeedAsync();
        var selected = await SelectedLearnersAsync(CapmobConsortium);

        var learners = await Host.InScopeAsync<PlacementsDbContext, List<(Guid Learner, PlacementStatus Status, int Days, string Country)>>(async db =>
            [.. (await db.Placements.Where(p => p.CallYear == 2018 && p.LearnerId != null).AsNoTracking().ToListAsync())
                .Select(p => (p.LearnerId!.Value, p.Status, p.DurationDays, p.DestinationCountry))]);
        var completed = learners.Where(l => l.Status == PlacementStatus.Completed).Select(l => l.Learner).ToList();

        Assert.Equal(471, selected.Count);
        Assert.Equal(selected.Order(), completed.Order());
        Assert.Equal((12, 62), (learners.Min(l => l.Days), learners.Max(l => l.Days)));
        Assert.Equal(16, learners.Select(l => l.Country).Distinct().Count());
        Assert.EndsWith("; CAPMOB 2.0: 471 of 471 learners placed, 16 countries", summary[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_learner_placement_the_spring_2020_lockdown_stopped_is_force_majeure_and_the_learner_leaves_again_on_the_same_selection()
    {
        await SeedAsync();

        var placements = await Host.InScopeAsync<PlacementsDbContext, List<Placement>>(db =>
            db.Placements.Where(p => p.LearnerId != null).AsNoTracking().ToListAsync());
        var stopped = placements.Where(p => p.Status != PlacementStatus.Completed && p.CallYear == 2018).ToList();

        Assert.Contains(stopped, p => p.Status == PlacementStatus.Interrupted && p.InterruptedOn == new DateOnly(2020, 3, 13));
        Assert.Contains(stopped, p => p.Status == PlacementStatus.Cancelled);
        Assert.All(stopped, p =>
        {
            Assert.True(p.ForceMajeure);
            Assert.Equal((2020, true), (p.StartsOn.Year, p.StartsOn.Month <= 3));
            Assert.Single(placements, again => again.SelectionApplicationId == p.SelectionApplicationId
                && again.Status == PlacementStatus.Completed && again.StartsOn >= new DateOnly(2020, 10, 5));
        });
    }

    [Fact]
    public async Task Every_learner_placement_comes_from_a_selection_covering_its_dates_and_none_overlaps_another_of_the_learner()
    {
        await SeedAsync();
        var craftsSelected = await SelectedLearnersAsync(CraftsConsortium);

        await Host.InScopeAsync<PlacementsDbContext>(async db =>
        {
            var selections = await db.SelectedLearners.AsNoTracking().ToDictionaryAsync(s => s.ApplicationId);
            var placements = await db.Placements.Where(p => p.LearnerId != null).AsNoTracking().ToListAsync();
            Assert.All(placements, p =>
            {
                var selection = selections[Assert.NotNull(p.SelectionApplicationId)];
                Assert.Equal(p.LearnerId, selection.LearnerId);
                Assert.True(selection.Covers(p.StartsOn, p.EndsOn));
                Assert.True(p.PlannedAt >= selection.SelectedAt);
            });
            Assert.All(placements.Where(p => p.Status != PlacementStatus.Cancelled).GroupBy(p => p.LearnerId), mine =>
                Assert.DoesNotContain(mine, p => mine.Any(o => o != p && o.StartsOn <= p.EndsOn && p.StartsOn <= o.EndsOn)));
            var crafts = placements.Where(p => p.CallYear == 2021).ToList();
            Assert.Equal(24, crafts.Count);
            Assert.Equal(craftsSelected.Order(), crafts.Select(p => p.LearnerId!.Value).Order());
            Assert.All(crafts, p => Assert.Equal(CraftsCall, selections[p.SelectionApplicationId!.Value].CallId));
        });
    }

    [Fact]
    public async Task When_the_outbox_later_delivers_Enrolments_events_the_selections_and_placements_stay_as_seeded()
    {
        await SeedAsync();
        var before = await PlacementsTablesAsync();
        var seeded = await Host.InScopeAsync<PlacementsDbContext, List<Guid>>(db => db.SelectedLearners.Select(s => s.ApplicationId).ToListAsync());

        while (await Host.DispatchOutboxAsync() > 0)
        {
        }

        await Host.InScopeAsync<PlacementsDbContext>(async db =>
        {
            // Learners selected then withdrawn are not in the directory's selections: the events bring them in, withdrawn.
            var late = await db.SelectedLearners.Where(s => !seeded.Contains(s.ApplicationId)).ToListAsync();
            Assert.All(late, s => Assert.NotNull(s.WithdrawnAt));
            db.SelectedLearners.RemoveRange(late);
            await db.SaveChangesAsync();
        });
        Assert.Equal(before, await PlacementsTablesAsync());
        Assert.Equal(0, await Host.InScopeAsync<PlacementsDbContext, int>(db => db.OutboxMessages.CountAsync(m => m.ProcessedAt == null)));
    }

    [Fact]
    public async Task The_demo_holds_force_majeure_in_spring_2020_groups_with_accompanying_staff_and_invited_experts()
    {
        await SeedAsync();

        await Host.InScopeAsync<PlacementsDbContext>(async db =>
        {
            var placements = await db.Placements.AsNoTracking().ToListAsync();
            Assert.Contains(placements, p => p.Status == PlacementStatus.Cancelled && p.ForceMajeure && p.StartsOn.Year == 2020);
            Assert.Contains(placements, p => p.Status == PlacementStatus.Interrupted && p.ForceMajeure && p.InterruptedOn!.Value.Month == 3);
            Assert.Contains(placements, p => p.Status == PlacementStatus.Confirmed);
            Assert.Contains(placements, p => p.Status == PlacementStatus.Planned);
            Assert.True(placements.Count(p => p.Status == PlacementStatus.Completed) > placements.Count / 2);
            Assert.Equal(3, placements.Count(p => p.Kind == PlacementKind.InvitedExpert && p.Status == PlacementStatus.Completed));
            Assert.All(placements.Where(p => p.Status != PlacementStatus.Planned), p => Assert.NotNull(p.HostTutorName));
            var groups = await db.PlacementGroups.Include(g => g.AccompanyingPersons).AsNoTracking().ToListAsync();
            Assert.NotEmpty(groups);
            Assert.All(groups, g => Assert.Single(g.AccompanyingPersons, p => p.IsLead));
        });
    }

    [Fact]
    public async Task Every_apprentice_employer_is_informed_agrees_and_takes_part_in_a_check_in_or_the_debriefing()
    {
        await SeedAsync();

        await Host.InScopeAsync<PlacementsDbContext>(async db =>
        {
            var companies = await db.SendingCompanies.AsNoTracking().ToListAsync();
            Assert.Equal(24, companies.Count);
            Assert.All(companies, c => Assert.Equal(SendingCompanyAgreement.Agreed, c.Agreement));
            Assert.True(companies.Count(c => c.DaysFromContractToInformed == 0) > companies.Count / 2);
            var learners = companies.Select(c => (Guid?)c.LearnerId).ToList();
            var closed = await db.Placements.Include(p => p.FollowUps).AsNoTracking()
                .Where(p => learners.Contains(p.LearnerId) && p.Status == PlacementStatus.Completed).ToListAsync();
            Assert.Equal(22, closed.Count);
            Assert.All(closed, p => Assert.Single(p.FollowUps, f => f.WithSendingEmployer));
            Assert.Equal(["BE", "DE", "ES", "FR"], closed.Select(p => p.DestinationCountry).Distinct().Order());
        });
    }

    private Task<List<Guid>> SelectedLearnersAsync(Guid consortium) => Host.InScopeAsync<EnrolmentDbContext, List<Guid>>(db => db.Applications
        .Where(a => a.Status == ApplicationStatus.Selected)
        .Join(db.MobilityCalls.Where(c => c.ConsortiumId == consortium), a => a.MobilityCallId, c => c.Id, (a, _) => a.LearnerId)
        .ToListAsync());

    private Task<(string Hash, long Rows)> PlacementsTablesAsync() => DatabaseFingerprint.OfAsync(Host.Database, ["placements"]);

    private async Task<List<string>> SeedAsync() => [.. await DemoDataRunner.SeedAsync(Host.Services, CancellationToken.None)];
}

public sealed class DemoSeedScenariosOnSqlite() : DemoSeedScenarios(DatabaseProvider.Sqlite);

public sealed class DemoSeedScenariosOnPostgres() : DemoSeedScenarios(DatabaseProvider.Postgres);
