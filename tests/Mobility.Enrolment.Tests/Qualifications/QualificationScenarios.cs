using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Qualifications;
using Mobility.TestKit;

namespace Mobility.Enrolment.Tests.Qualifications;

public abstract class QualificationScenarios(DatabaseProvider provider) : EnrolmentTestBase(provider)
{
    [Fact]
    public async Task A_qualification_is_registered_with_its_units_including_the_optional_mobility_unit()
    {
        var id = await Host.SendAsync(new RegisterQualification("Baccalauréat professionnel Cuisine", "Bac Pro", "FR", 4, "1013"));
        await Host.SendAsync(new AddQualificationUnit(id, "E31", "Pratique professionnelle en cuisine"));
        await Host.SendAsync(new AddQualificationUnit(id, "UFM", "Unité facultative de mobilité", IsOptional: true));

        var qualification = await Host.SendAsync(new GetQualification(id));
        Assert.Equal(4, qualification.EqfLevel);
        Assert.Equal(["E31", "UFM"], qualification.Units.Select(u => u.Code));
        Assert.True(qualification.Units.Single(u => u.Code == "UFM").IsOptional);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public async Task Eqf_levels_outside_one_to_eight_are_rejected(int level)
        => await DomainAssert.RejectsAsync("eqfLevel", "InclusiveBetween", () => Host.SendAsync(
            new RegisterQualification("Gesellenprüfung Friseur", "Gesellenprüfung", "DE", level, "1012")));

    [Theory]
    [InlineData("101")]
    [InlineData("10a3")]
    [InlineData("10130")]
    public async Task Isced_fields_must_have_four_digits(string field)
        => await DomainAssert.RejectsAsync("iscedField", "IscedFieldFormat", () => Host.SendAsync(
            new RegisterQualification("Técnico en Cocina y Gastronomía", "Técnico", "ES", 4, field)));

    [Fact]
    public async Task A_unit_code_is_used_once_per_qualification_and_a_qualification_once_per_country()
    {
        var id = await Host.QualificationAsync();
        await Host.SendAsync(new AddQualificationUnit(id, "EP1", "Organisation de la production"));

        await DomainAssert.ViolatesAsync("UNIT_CODE_TAKEN", () => Host.SendAsync(new AddQualificationUnit(id, "ep1", "Again")));
        await DomainAssert.ViolatesAsync("QUALIFICATION_ALREADY_REGISTERED", () => Host.QualificationAsync());
        Assert.Single((await Host.SendAsync(new GetQualification(id))).Units);
    }

    [Fact]
    public async Task Qualifications_are_listed_per_country_by_level()
    {
        await Host.SendAsync(new RegisterQualification("Baccalauréat professionnel Cuisine", "Bac Pro", "FR", 4, "1013"));
        await Host.QualificationAsync("CAP Pâtissier");
        await Host.SendAsync(new RegisterQualification("Gesellenprüfung Friseur", "Gesellenprüfung", "DE", 4, "1012"));

        var french = await Host.SendAsync(new ListQualifications("FR"));

        Assert.Equal(["CAP Pâtissier", "Baccalauréat professionnel Cuisine"], french.Select(q => q.NationalName));
    }
}

public sealed class QualificationScenariosOnSqlite() : QualificationScenarios(DatabaseProvider.Sqlite);

public sealed class QualificationScenariosOnPostgres() : QualificationScenarios(DatabaseProvider.Postgres);
