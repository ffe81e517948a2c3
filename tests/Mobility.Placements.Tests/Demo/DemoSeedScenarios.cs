using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Calls;
using Mobility.Enrolment.Data;
using Mobility.Placements.Contracts;
using Mobility.Placements.Data;
using Mobility.Placements.SendingCompanies;
using Mobility.Placements.Tests.EndToEnd;

namespace Mobility.Placements.Tests.Demo;

public abstract class DemoSeedScenarios(DatabaseProvider provider) : BothModulesTestBase(provider)
{
    private static readonly Guid CapmobCall = DeterministicGuid.Create("enrolment/call/capmob-2019");

    [Fact]
    public async Task Running_both_demo_seeders_twice_changes_nothing()
    {
        var first = await SeedAsync();
        var before = await Host.InScopeAsync<PlacementsDbContext, string>(PlacementsTables.SnapshotAsync);

        var second = await SeedAsync();

        Assert.Equal(first, second);
        Assert.Equal(before, await Host.InScopeAsync<PlacementsDbContext, string>(PlacementsTables.SnapshotAsync));
        Assert.StartsWith("Placements: 57 host organisations, ", second[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_learner_Enrolment_selected_on_the_CAPMOB_call_is_placed_for_12_to_62_days_in_16_countries()
    {
        await SeedAsync();
        var selected = await Host.InScopeAsync<EnrolmentDbContext, List<Guid>>(db => db.Applications
            .Where(a => a.MobilityCallId == CapmobCall && a.Status == ApplicationStatus.Selected).Select(a => a.LearnerId).ToListAsync());

        var learners = await Host.InScopeAsync<PlacementsDbContext, List<(Guid? Learner, int Days, string Country)>>(async db =>
            [.. (await db.Placements.Where(p => p.CallYear == 2018 && p.LearnerId != null).ToListAsync())
                .Select(p => (p.LearnerId, p.DurationDays, p.DestinationCountry))]);

        Assert.Equal(selected.Order(), learners.Select(l => l.Learner!.Value).Order());
        Assert.Equal((12, 62), (learners.Min(l => l.Days), learners.Max(l => l.Days)));
        Assert.Equal(16, learners.Select(l => l.Country).Distinct().Count());
    }

    [Fact]
    public async Task When_the_outbox_later_delivers_Enrolments_events_the_selections_and_placements_stay_as_seeded()
    {
        await SeedAsync();
        var before = await Host.InScopeAsync<PlacementsDbContext, string>(PlacementsTables.SnapshotAsync);
        var seeded = await Host.InScopeAsync<PlacementsDbContext, List<Guid>>(db => db.SelectedLearners.Select(s => s.ApplicationId).ToListAsync());

        while (await Host.DispatchOutboxAsync() > 0)
        {
        }

        var after = await Host.InScopeAsync<PlacementsDbContext, string>(async db =>
        {
            // Learners selected then withdrawn are not in the directory's selections: the events bring them in, withdrawn.
            var late = await db.SelectedLearners.Where(s => !seeded.Contains(s.ApplicationId)).ToListAsync();
            Assert.All(late, s => Assert.NotNull(s.WithdrawnAt));
            db.SelectedLearners.RemoveRange(late);
            await db.SaveChangesAsync();
            return await PlacementsTables.SnapshotAsync(db);
        });
        Assert.Equal(before, after);
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

    private async Task<List<string>> SeedAsync() => [.. await DemoDataRunner.SeedAsync(Host.Services, CancellationToken.None)];
}

public sealed class DemoSeedScenariosOnSqlite() : DemoSeedScenarios(DatabaseProvider.Sqlite);

public sealed class DemoSeedScenariosOnPostgres() : DemoSeedScenarios(DatabaseProvider.Postgres);
