using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Calls;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Demo;
using Mobility.Enrolment.Organisations;
using Mobility.Enrolment.PeerTutoring;

namespace Mobility.Enrolment.Tests.Demo;

public abstract class DemoSeedScenarios(DatabaseProvider provider) : EnrolmentTestBase(provider)
{
    private static readonly Guid Paris = DemoIds.Of("consortium", "capmob");
    private static readonly Guid Crafts = DemoIds.Of("consortium", "crafts");

    [Fact]
    public async Task The_paris_consortium_has_33_schools_in_pairs_and_trios_471_learners_and_246_staff()
    {
        var summary = await SeedAsync();

        var counts = await Host.InScopeAsync<EnrolmentDbContext, (int Schools, int Learners, int Staff, int Teams)>(async db =>
        {
            var members = db.Consortia.Where(c => c.Id == Paris).SelectMany(c => c.Members).Select(m => m.OrganisationId);
            return (
                await db.Organisations.CountAsync(o => members.Contains(o.Id) && o.Kind == OrganisationKind.VocationalSchool),
                await db.Learners.CountAsync(l => members.Contains(l.SchoolId)),
                await db.StaffMembers.CountAsync(s => members.Contains(s.OrganisationId)),
                await db.TutoringTeams.CountAsync(t => t.ConsortiumId == Paris));
        });
        Assert.Equal((33, 471, 246, 12), counts);
        Assert.Equal("Enrolment: 2 consortia, 42 organisations, 471+24 learners, 246+16 staff", summary);

        var teams = await Host.SendAsync(new ListTutoringTeams(Paris));
        Assert.All(teams, t => Assert.InRange(t.Newcomers.Count, 1, 2));
        Assert.Equal(33, teams.SelectMany(t => t.SchoolIds).Distinct().Count());
        Assert.All(teams, t => Assert.Contains(t.SharedPractices, p => p.Note.Contains("public-accounting", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_crafts_consortium_has_its_eight_partners_coordinated_by_CMAR_Nouvelle_Aquitaine()
    {
        await SeedAsync();

        var consortium = await Host.SendAsync(new Mobility.Enrolment.Consortia.GetConsortium(Crafts));
        var partners = await Host.SendAsync(new ListOrganisations(Crafts));

        Assert.Equal("2020-1-FR01-KA202-080445", consortium.ProjectReference);
        Assert.Equal(8, partners.Count);
        Assert.Equal(["BE", "DE", "ES", "FR"], partners.Select(p => p.Country).Distinct().Order());
        Assert.StartsWith("Chambre de métiers et de l'artisanat de région Nouvelle-Aquitaine",
            partners.Single(p => p.Id == consortium.CoordinatorId).Name, StringComparison.Ordinal);
        Assert.Contains(partners, p => p.Name == "Handwerkskammer Frankfurt (Oder)" && p.Kind == OrganisationKind.ChamberOfCrafts);
        Assert.Contains(partners, p => p.Country == "ES" && p.Kind == OrganisationKind.PublicAuthority);
    }

    [Fact]
    public async Task Seeding_twice_changes_nothing()
    {
        var first = await SeedAsync();
        var before = await CountEverythingAsync();

        var second = await SeedAsync();

        Assert.Equal(first, second);
        Assert.Equal(before, await CountEverythingAsync());
    }

    [Fact]
    public async Task The_module_is_empty_before_seeding_and_not_after()
    {
        Assert.True(await DemoDataRunner.IsDatabaseEmptyAsync(Host.Services, CancellationToken.None));

        await SeedAsync();

        Assert.False(await DemoDataRunner.IsDatabaseEmptyAsync(Host.Services, CancellationToken.None));
    }

    [Fact]
    public async Task The_demo_call_holds_applications_in_every_status_and_every_selected_minor_has_consent()
    {
        await SeedAsync();
        var call = DemoIds.Of("call", "capmob-2019");

        var applications = await Host.SendAsync(new ListApplications(call));
        var selectedMinorsWithoutConsent = await Host.InScopeAsync<EnrolmentDbContext, int>(db => db.Applications
            .Where(a => a.MobilityCallId == call && a.Status == ApplicationStatus.Selected)
            .Join(db.Learners, a => a.LearnerId, l => l.Id, (_, l) => l)
            .CountAsync(l => l.BirthDate > new DateOnly(2001, 1, 7) && l.GuardianConsentBy == null));

        Assert.Equal(Enum.GetValues<ApplicationStatus>().Order(), applications.Select(a => a.Status).Distinct().Order());
        Assert.Equal(0, selectedMinorsWithoutConsent);
        Assert.True(applications.Count(a => a.Status == ApplicationStatus.Selected) <= 120);
    }

    [Fact]
    public async Task Seeded_learners_and_selections_are_announced_through_the_outbox()
    {
        await SeedAsync();

        var (learners, selected, messages) = await Host.InScopeAsync<EnrolmentDbContext, (int, int, List<string>)>(async db => (
            await db.Learners.CountAsync(),
            await db.Applications.SelectMany(a => a.History).CountAsync(h => h.ToStatus == ApplicationStatus.Selected),
            await db.OutboxMessages.Select(m => m.Type).ToListAsync()));

        Assert.Equal(learners, messages.Count(t => t.Contains(".LearnerRegistered,", StringComparison.Ordinal)));
        Assert.Equal(selected, messages.Count(t => t.Contains(".ApplicationSelected,", StringComparison.Ordinal)));
    }

    private async Task<string> SeedAsync() => Assert.Single(await DemoDataRunner.SeedAsync(Host.Services, CancellationToken.None));

    private Task<List<int>> CountEverythingAsync() => Host.InScopeAsync<EnrolmentDbContext, List<int>>(async db =>
    [
        await db.Organisations.CountAsync(), await db.Consortia.SelectMany(c => c.Members).CountAsync(),
        await db.TutoringTeams.SelectMany(t => t.SharedPractices).CountAsync(), await db.Qualifications.SelectMany(q => q.Units).CountAsync(),
        await db.Learners.SelectMany(l => l.Languages).CountAsync(), await db.LearnerSensitiveData.CountAsync(),
        await db.StaffMembers.CountAsync(), await db.MobilityCalls.CountAsync(), await db.Applications.SelectMany(a => a.History).CountAsync(),
        await db.Applications.SelectMany(a => a.Scores).CountAsync(), await db.OutboxMessages.CountAsync(),
    ]);
}

public sealed class DemoSeedScenariosOnSqlite() : DemoSeedScenarios(DatabaseProvider.Sqlite);

public sealed class DemoSeedScenariosOnPostgres() : DemoSeedScenarios(DatabaseProvider.Postgres);
