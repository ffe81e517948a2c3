using Mobility.BuildingBlocks.Persistence;
using Mobility.Placements.HostOrganisations;
using Mobility.TestKit;

namespace Mobility.Placements.Tests.HostOrganisations;

public abstract class HostOrganisationScenarios(DatabaseProvider provider) : PlacementsTestBase(provider)
{
    [Fact]
    public async Task Host_organisations_are_listed_by_name_and_filtered_by_country_with_Erasmus_codes_accepted()
    {
        await Host.BerlinHostAsync("Salon Haarwerk");
        await Host.SendAsync(new CreateHostOrganisation(
            "Atelier Kostas", HostOrganisationKind.TrainingBody, "EL", "Athens", 37.9838, 23.7275, "Fashion", "Eleni Kostas", "eleni@host.example"));

        var greek = await Host.SendAsync(new ListHostOrganisations(Country: "GR"));
        var all = await Host.SendAsync(new ListHostOrganisations());

        Assert.Equal("GR", Assert.Single(greek).Country);
        Assert.Equal(["Atelier Kostas", "Salon Haarwerk"], all.Select(h => h.Name));
    }

    [Fact]
    public async Task A_host_needs_valid_coordinates_and_a_contact_email()
    {
        var error = await DomainAssert.RejectsAsync("latitude", "InclusiveBetween", () => Host.SendAsync(new CreateHostOrganisation(
            "Nowhere", HostOrganisationKind.Company, "DE", "Berlin", 95, 13.4, "Hospitality", "Jana", "not-an-email")));

        Assert.Contains(error.Failures, f => f.Field == "contactEmail" && f.Rule == "Email");
    }
}

public sealed class HostOrganisationScenariosOnSqlite() : HostOrganisationScenarios(DatabaseProvider.Sqlite);

public sealed class HostOrganisationScenariosOnPostgres() : HostOrganisationScenarios(DatabaseProvider.Postgres);
