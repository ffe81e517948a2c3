using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Consortia;
using Mobility.Enrolment.Organisations;
using Mobility.TestKit;

namespace Mobility.Enrolment.Tests.Consortia;

public abstract class ConsortiumScenarios(DatabaseProvider provider) : EnrolmentTestBase(provider)
{
    [Fact]
    public async Task Creating_a_consortium_makes_its_coordinator_a_member_from_the_first_day()
    {
        var (id, coordinator) = await Host.ConsortiumAsync();

        var consortium = await Host.SendAsync(new GetConsortium(id));
        var member = Assert.Single(consortium.Members);
        Assert.Equal(coordinator, consortium.CoordinatorId);
        Assert.Equal(coordinator, member.OrganisationId);
        Assert.Equal(Given.ConsortiumStart, member.JoinedOn);
    }

    [Theory]
    [InlineData("2020-1-FR01-KA202-080445")]
    [InlineData("2018-1-FR01-KA116-047512")]
    [InlineData("2021-2-EL01-KA121-000123")]
    [InlineData("2019-3-UK01-KA116-061234")]
    [InlineData("2014-1-DE02-KA102-000001")]
    public async Task Well_formed_erasmus_project_references_are_accepted(string reference)
    {
        var (id, _) = await Host.ConsortiumAsync(reference);

        Assert.Equal(reference, (await Host.SendAsync(new GetConsortium(id))).ProjectReference);
    }

    [Theory]
    [InlineData("2020-1-FR01-KA202-08044")]
    [InlineData("2020-4-FR01-KA202-080445")]
    [InlineData("2020-1-GR01-KA202-080445")]
    [InlineData("2020-1-XX01-KA202-080445")]
    [InlineData("2013-1-FR01-KA202-080445")]
    [InlineData("2020-1-FR1-KA202-080445")]
    [InlineData("2020-1-fr01-KA202-080445")]
    [InlineData("2020-1-FR01-KA20-080445")]
    [InlineData("2020-1-FR01-KA202-080445 ")]
    [InlineData("")]
    public async Task Malformed_project_references_are_rejected_naming_the_field_and_rule(string reference)
    {
        var coordinator = await Host.SchoolAsync("Coordinator");

        await DomainAssert.RejectsAsync("projectReference", "ProjectReferenceFormat", () => Host.SendAsync(
            new CreateConsortium("Bad", reference, Given.ConsortiumStart, Given.ConsortiumEnd, coordinator)));
    }

    [Fact]
    public void The_domain_refuses_a_malformed_reference_even_without_the_validator()
    {
        var coordinator = Organisation.Register(Guid.NewGuid(), "GIP", OrganisationKind.PublicAuthority, "FR", "Paris", null, null, []);

        DomainAssert.Violates("PROJECT_REFERENCE_FORMAT", () => Consortium.Create(
            Guid.NewGuid(), "Bad", "2020-1-GR01-KA202-080445", null, Given.ConsortiumStart, Given.ConsortiumEnd, coordinator));
    }

    [Fact]
    public async Task An_accreditation_number_is_optional_but_must_follow_the_erasmus_format()
    {
        var coordinator = await Host.SchoolAsync("Coordinator");

        await DomainAssert.RejectsAsync("accreditationNumber", "AccreditationNumberFormat", () => Host.SendAsync(new CreateConsortium(
            "Bad", "2020-1-FR01-KA121-000101", Given.ConsortiumStart, Given.ConsortiumEnd, coordinator, "KA120-VET-095432")));
        var id = await Host.SendAsync(new CreateConsortium(
            "Accredited", "2020-1-FR01-KA121-000101", Given.ConsortiumStart, Given.ConsortiumEnd, coordinator,
            "2020-1-FR01-KA120-VET-095432"));
        Assert.Equal("2020-1-FR01-KA120-VET-095432", (await Host.SendAsync(new GetConsortium(id))).AccreditationNumber);
    }

    [Fact]
    public async Task A_consortium_must_end_after_it_starts()
    {
        var coordinator = await Host.SchoolAsync("Coordinator");

        await DomainAssert.RejectsAsync("endsOn", "GreaterThan", () => Host.SendAsync(new CreateConsortium(
            "Backwards", "2020-1-FR01-KA121-000101", Given.ConsortiumEnd, Given.ConsortiumStart, coordinator)));
    }

    [Fact]
    public async Task Two_consortia_cannot_run_the_same_project()
    {
        await Host.ConsortiumAsync("2020-1-FR01-KA121-000101");

        await DomainAssert.ViolatesAsync("PROJECT_REFERENCE_TAKEN", () => Host.ConsortiumAsync("2020-1-FR01-KA121-000101"));
        Assert.Single(await Host.SendAsync(new ListConsortia()));
    }

    [Fact]
    public async Task A_member_is_added_with_the_day_it_joined_and_only_once()
    {
        var (consortium, _) = await Host.ConsortiumAsync();
        var school = await Host.SchoolAsync("Lycée Guillaume Tirel");

        await Host.SendAsync(new AddConsortiumMember(consortium, school, new DateOnly(2026, 9, 1)));
        await DomainAssert.ViolatesAsync("ALREADY_A_MEMBER", () => Host.SendAsync(
            new AddConsortiumMember(consortium, school, new DateOnly(2026, 10, 1))));

        var members = (await Host.SendAsync(new GetConsortium(consortium))).Members;
        Assert.Equal(new DateOnly(2026, 9, 1), Assert.Single(members, m => m.OrganisationId == school).JoinedOn);
        Assert.Equal(2, members.Count);
    }

    [Fact]
    public async Task Nobody_joins_a_consortium_after_its_project_ended()
    {
        var (consortium, _) = await Host.ConsortiumAsync();
        var school = await Host.SchoolAsync("Late school");

        await DomainAssert.ViolatesAsync("JOINED_AFTER_CONSORTIUM_ENDED", () => Host.SendAsync(
            new AddConsortiumMember(consortium, school, Given.ConsortiumEnd.AddDays(1))));
    }
}

public sealed class ConsortiumScenariosOnSqlite() : ConsortiumScenarios(DatabaseProvider.Sqlite);

public sealed class ConsortiumScenariosOnPostgres() : ConsortiumScenarios(DatabaseProvider.Postgres);
