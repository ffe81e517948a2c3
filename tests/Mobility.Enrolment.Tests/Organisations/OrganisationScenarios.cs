using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Organisations;

namespace Mobility.Enrolment.Tests.Organisations;

public abstract class OrganisationScenarios(DatabaseProvider provider) : EnrolmentTestBase(provider)
{
    [Fact]
    public async Task Registering_a_school_stores_it_with_its_iso_country()
    {
        var id = await Host.SendAsync(new RegisterOrganisation(
            "Lycée Octave Feuillet", OrganisationKind.VocationalSchool, "FR", "Paris", "E10012345", null, ["Fashion"]));

        var stored = await Host.InScopeAsync<EnrolmentDbContext, Organisation>(db => db.Organisations.SingleAsync(o => o.Id == id));
        Assert.Equal("FR", stored.Country);
        Assert.Equal(["Fashion"], stored.Sectors);
    }

    [Fact]
    public async Task Erasmus_country_codes_EL_and_UK_are_stored_as_iso_GR_and_GB()
    {
        var athens = await Host.SendAsync(new RegisterOrganisation("Athens VET", OrganisationKind.TrainingCentre, "EL", "Athens"));
        var leeds = await Host.SendAsync(new RegisterOrganisation("Leeds College", OrganisationKind.VocationalSchool, "uk", "Leeds"));

        var countries = await Host.InScopeAsync<EnrolmentDbContext, List<string>>(db =>
            db.Organisations.Where(o => o.Id == athens || o.Id == leeds).OrderBy(o => o.City).Select(o => o.Country).ToListAsync());
        Assert.Equal(["GR", "GB"], countries);
    }

    [Fact]
    public async Task An_unknown_country_and_a_malformed_oid_are_rejected_naming_each_field()
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Host.SendAsync(
            new RegisterOrganisation("Nowhere", OrganisationKind.Company, "XX", "Atlantis", "123")));

        Assert.Contains(error.Failures, f => f.Field == "country" && f.Rule == "CountryCode");
        Assert.Contains(error.Failures, f => f.Field == "oid" && f.Rule == "OidFormat");
        var count = await Host.InScopeAsync<EnrolmentDbContext, int>(db => db.Organisations.CountAsync());
        Assert.Equal(0, count);
    }
}

public sealed class OrganisationScenariosOnSqlite() : OrganisationScenarios(DatabaseProvider.Sqlite);

public sealed class OrganisationScenariosOnPostgres() : OrganisationScenarios(DatabaseProvider.Postgres);
