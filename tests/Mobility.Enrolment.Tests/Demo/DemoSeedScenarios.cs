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
    public async Task The_paris_calls_follow_the_project_window_by_window_from_autumn_2018_to_early_2021()
    {
        await SeedAsync();

        var calls = await Host.SendAsync(new ListMobilityCalls(Paris));

        Assert.Equal(
            ["capmob-2018-autumn", "capmob-2019", "capmob-2019-autumn", "capmob-2020", "capmob-2020-autumn"],
            calls.OrderBy(c => c.MobilityStartsOn).Select(c => KeyOf(c.Id)));
        Assert.Equal(471, calls.Sum(c => c.Places));
        Assert.Equal(new DateOnly(2018, 10, 29), calls.Min(c => c.MobilityStartsOn));
        Assert.Equal(new DateOnly(2021, 2, 26), calls.Max(c => c.MobilityEndsOn));
        Assert.Contains(calls, c => c.MobilityStartsOn <= new DateOnly(2020, 3, 16) && new DateOnly(2020, 3, 16) <= c.MobilityEndsOn);
    }

    [Fact]
    public async Task Each_of_the_471_paris_learners_ends_up_selected_on_exactly_one_call_and_every_place_is_taken()
    {
        await SeedAsync();

        var selected = await SelectedAsync(Paris);
        var places = await Host.InScopeAsync<EnrolmentDbContext, Dictionary<Guid, int>>(db =>
            db.MobilityCalls.Where(c => c.ConsortiumId == Paris).ToDictionaryAsync(c => c.Id, c => c.Places));

        Assert.Equal(471, selected.Count);
        Assert.Equal(471, selected.Select(s => s.LearnerId).Distinct().Count());
        Assert.All(places, p => Assert.Equal(p.Value, selected.Count(s => s.CallId == p.Key)));
    }

    [Fact]
    public async Task The_paris_calls_hold_applications_in_every_status_and_every_learner_selected_as_a_minor_has_consent()
    {
        await SeedAsync();

        var statuses = await Host.InScopeAsync<EnrolmentDbContext, List<ApplicationStatus>>(db => db.Applications
            .Join(db.MobilityCalls.Where(c => c.ConsortiumId == Paris), a => a.MobilityCallId, c => c.Id, (a, _) => a.Status)
            .Distinct().ToListAsync());
        var selected = await SelectedAsync(Paris);
        var withdrawnAfterSelection = await Host.InScopeAsync<EnrolmentDbContext, int>(db => db.Applications
            .CountAsync(a => a.Status == ApplicationStatus.Withdrawn && a.History.Any(h => h.ToStatus == ApplicationStatus.Selected)));

        Assert.Equal(Enum.GetValues<ApplicationStatus>().Order(), statuses.Order());
        Assert.Contains(selected, s => s.IsMinor);
        Assert.All(selected.Where(s => s.IsMinor), s => Assert.True(s.HasConsent));
        Assert.Equal(12, withdrawnAfterSelection);
    }

    [Fact]
    public async Task The_crafts_call_selects_the_partnerships_24_apprentices()
    {
        await SeedAsync();

        var calls = await Host.SendAsync(new ListMobilityCalls(Crafts));
        var selected = await SelectedAsync(Crafts);

        Assert.Equal("crafts-2021", KeyOf(Assert.Single(calls).Id));
        Assert.Equal(24, selected.Select(s => s.LearnerId).Distinct().Count());
        Assert.All(selected.Where(s => s.IsMinor), s => Assert.True(s.HasConsent));
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
        var flagged = await Host.InScopeAsync<EnrolmentDbContext, int>(db => db.LearnerSensitiveData.CountAsync());
        Assert.Equal(flagged, messages.Count(t => t.Contains(".LearnerSensitiveFlagsRecorded,", StringComparison.Ordinal)));
    }

    private static string KeyOf(Guid callId)
        => new[] { "capmob-2018-autumn", "capmob-2019", "capmob-2019-autumn", "capmob-2020", "capmob-2020-autumn", "crafts-2021" }
            .SingleOrDefault(k => DemoIds.Of("call", k) == callId) ?? callId.ToString();

    private Task<List<Selection>> SelectedAsync(Guid consortium) => Host.InScopeAsync<EnrolmentDbContext, List<Selection>>(async db =>
    {
        var calls = db.MobilityCalls.Where(c => c.ConsortiumId == consortium).Select(c => c.Id);
        var selected = await db.Applications.Include(a => a.History).AsNoTracking()
            .Where(a => a.Status == ApplicationStatus.Selected && calls.Contains(a.MobilityCallId)).ToListAsync();
        var ids = selected.Select(a => a.LearnerId).ToList();
        var learners = await db.Learners.AsNoTracking().Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id);
        return [.. selected.Select(a => new Selection(
            a.MobilityCallId, a.LearnerId,
            learners[a.LearnerId].IsMinorOn(DateOnly.FromDateTime(a.History.Last(h => h.ToStatus == ApplicationStatus.Selected).ChangedAt)),
            learners[a.LearnerId].HasGuardianConsent))];
    });

    /// <summary>A selected application, with whether the learner was a minor when the committee selected them.</summary>
    private sealed record Selection(Guid CallId, Guid LearnerId, bool IsMinor, bool HasConsent);

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
