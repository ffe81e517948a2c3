using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Organisations;

namespace Mobility.Enrolment.Tests.Organisations;

public abstract class OrganisationUpdateScenarios(DatabaseProvider provider) : EnrolmentTestBase(provider)
{
    [Fact]
    public async Task Updating_an_organisation_changes_its_details()
    {
        var id = await Host.SchoolAsync("Lycée des métiers");

        await Host.SendAsync(new UpdateOrganisation(
            id, "Lycée des métiers de la mode", OrganisationKind.VocationalSchool, "FR", "Paris", "E10234567", null,
            ["Fashion", "Millinery"]));

        var stored = await Host.SendAsync(new GetOrganisation(id));
        Assert.Equal("Lycée des métiers de la mode", stored.Name);
        Assert.Equal("E10234567", stored.Oid);
        Assert.Equal(["Fashion", "Millinery"], stored.Sectors);
    }

    [Fact]
    public async Task Updating_an_unknown_organisation_says_it_was_not_found()
        => await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(
            new UpdateOrganisation(Guid.NewGuid(), "Ghost", OrganisationKind.Company, "DE", "Berlin")));

    [Fact]
    public async Task Organisations_can_be_listed_for_one_consortium()
    {
        var (consortium, _) = await Host.ConsortiumAsync();
        await Host.MemberSchoolAsync(consortium, "Member school");
        await Host.SchoolAsync("Outsider school");

        var members = await Host.SendAsync(new ListOrganisations(consortium));

        Assert.Equal(["GIP-FCIP de Paris", "Member school"], members.Select(o => o.Name));
        Assert.Equal(3, (await Host.SendAsync(new ListOrganisations())).Count);
    }
}

public sealed class OrganisationUpdateScenariosOnSqlite() : OrganisationUpdateScenarios(DatabaseProvider.Sqlite);

public sealed class OrganisationUpdateScenariosOnPostgres() : OrganisationUpdateScenarios(DatabaseProvider.Postgres);
