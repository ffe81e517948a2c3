using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Consortia;
using Mobility.Enrolment.Organisations;
using Mobility.Enrolment.PeerTutoring;
using Mobility.TestKit;

namespace Mobility.Enrolment.Tests.PeerTutoring;

public abstract class PeerTutoringScenarios(DatabaseProvider provider) : EnrolmentTestBase(provider)
{
    private static readonly DateOnly Start = new(2026, 9, 1);
    private static readonly DateOnly End = new(2027, 8, 31);

    [Fact]
    public async Task An_experienced_school_tutors_two_newcomers_of_its_consortium()
    {
        var (consortium, _) = await Host.ConsortiumAsync();
        var tutor = await Host.MemberSchoolAsync(consortium, "Experienced school");
        var first = await Host.MemberSchoolAsync(consortium, "First newcomer");
        var second = await Host.MemberSchoolAsync(consortium, "Second newcomer");

        var id = await Host.SendAsync(new PairPeerSchools(consortium, tutor, [first, second], Start, End));

        var team = Assert.Single(await Host.SendAsync(new ListTutoringTeams(consortium)));
        Assert.Equal(id, team.Id);
        Assert.Equal(tutor, team.TutorSchoolId);
        Assert.Equal(new[] { first, second }.Order(), team.Newcomers.Select(n => n.SchoolId).Order());
    }

    [Fact]
    public async Task A_team_takes_one_or_two_newcomers_and_distinct_schools()
    {
        var (consortium, _) = await Host.ConsortiumAsync();
        var tutor = await Host.MemberSchoolAsync(consortium, "Tutor");

        await DomainAssert.RejectsAsync("newcomerSchoolIds", "TeamSize", () => Host.SendAsync(
            new PairPeerSchools(consortium, tutor, [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()], Start, End)));
        await DomainAssert.RejectsAsync("newcomerSchoolIds", "TeamSize", () => Host.SendAsync(
            new PairPeerSchools(consortium, tutor, [], Start, End)));
        await DomainAssert.RejectsAsync("newcomerSchoolIds", "DistinctSchools", () => Host.SendAsync(
            new PairPeerSchools(consortium, tutor, [tutor], Start, End)));
    }

    [Fact]
    public async Task A_school_outside_the_consortium_cannot_be_tutored_in_it()
    {
        var (consortium, _) = await Host.ConsortiumAsync();
        var tutor = await Host.MemberSchoolAsync(consortium, "Tutor");
        var outsider = await Host.SchoolAsync("Outsider");

        await DomainAssert.ViolatesAsync("NOT_A_CONSORTIUM_MEMBER", () => Host.SendAsync(
            new PairPeerSchools(consortium, tutor, [outsider], Start, End)));
        Assert.Empty(await Host.SendAsync(new ListTutoringTeams(consortium)));
    }

    [Fact]
    public async Task Only_schools_and_training_centres_tutor_each_other()
    {
        var (consortium, coordinator) = await Host.ConsortiumAsync();
        var tutor = await Host.MemberSchoolAsync(consortium, "Tutor");
        var company = await Host.SchoolAsync("Atelier de plumasserie", OrganisationKind.Company);
        await Host.SendAsync(new AddConsortiumMember(consortium, company, Start));

        await DomainAssert.ViolatesAsync("TUTORING_SCHOOL_KIND", () => Host.SendAsync(
            new PairPeerSchools(consortium, tutor, [company], Start, End)));
        await DomainAssert.ViolatesAsync("TUTORING_SCHOOL_KIND", () => Host.SendAsync(
            new PairPeerSchools(consortium, coordinator, [tutor], Start, End)));
    }

    [Fact]
    public async Task A_school_belongs_to_one_tutoring_team_per_consortium()
    {
        var (consortium, _) = await Host.ConsortiumAsync();
        var tutor = await Host.MemberSchoolAsync(consortium, "Tutor");
        var newcomer = await Host.MemberSchoolAsync(consortium, "Newcomer");
        var otherTutor = await Host.MemberSchoolAsync(consortium, "Other tutor");
        await Host.SendAsync(new PairPeerSchools(consortium, tutor, [newcomer], Start, End));

        await DomainAssert.ViolatesAsync("SCHOOL_ALREADY_IN_TUTORING_TEAM", () => Host.SendAsync(
            new PairPeerSchools(consortium, otherTutor, [newcomer], Start, End)));
    }

    [Fact]
    public async Task Shared_practices_are_kept_as_dated_notes_in_date_order()
    {
        var (consortium, _) = await Host.ConsortiumAsync();
        var tutor = await Host.MemberSchoolAsync(consortium, "Tutor");
        var newcomer = await Host.MemberSchoolAsync(consortium, "Newcomer");
        var team = await Host.SendAsync(new PairPeerSchools(consortium, tutor, [newcomer], Start, End));

        await Host.SendAsync(new RecordSharedPractice(team, new DateOnly(2027, 1, 20), "Accountants shared public-accounting procedures"));
        await Host.SendAsync(new RecordSharedPractice(team, new DateOnly(2026, 11, 5), "Mutualised host organisations in Berlin"));
        await DomainAssert.ViolatesAsync("SHARED_PRACTICE_BEFORE_TUTORING", () => Host.SendAsync(
            new RecordSharedPractice(team, new DateOnly(2026, 1, 5), "Too early")));
        await DomainAssert.RejectsAsync("note", "NotEmpty", () => Host.SendAsync(new RecordSharedPractice(team, Start, "")));

        var practices = Assert.Single(await Host.SendAsync(new ListTutoringTeams(consortium))).SharedPractices;
        Assert.Equal(
            ["Mutualised host organisations in Berlin", "Accountants shared public-accounting procedures"],
            practices.Select(p => p.Note));
    }
}

public sealed class PeerTutoringScenariosOnSqlite() : PeerTutoringScenarios(DatabaseProvider.Sqlite);

public sealed class PeerTutoringScenariosOnPostgres() : PeerTutoringScenarios(DatabaseProvider.Postgres);
