using Mobility.BuildingBlocks.Persistence;
using Mobility.Placements.SendingCompanies;
using Mobility.TestKit;

namespace Mobility.Placements.Tests.SendingCompanies;

public abstract class SendingCompanyScenarios(DatabaseProvider provider) : PlacementsTestBase(provider)
{
    [Fact]
    public async Task An_employer_informed_when_the_contract_was_signed_then_agreeing_is_recorded()
    {
        var learner = Enrolment.AddLearner(Enrolment.AddSchool("CFA de Versailles", "Versailles"));
        var company = await Host.SendAsync(new RegisterSendingCompany(
            learner, "Boulangerie Lemoine", "Versailles", "Paul Lemoine", "paul@lemoine.example", new DateOnly(2026, 6, 15)));

        await Host.SendAsync(new RecordSendingCompanyInformed(company, new DateOnly(2026, 6, 15)));
        await Host.SendAsync(new RecordSendingCompanyAgreement(company, true, new DateOnly(2026, 7, 1), "Agreed during the summer break"));

        var stored = await Host.SendAsync(new GetSendingCompany(learner));
        Assert.Equal(SendingCompanyAgreement.Agreed, stored.Agreement);
        Assert.Equal(0, stored.DaysFromContractToInformed);
    }

    [Fact]
    public async Task An_employer_cannot_agree_before_being_informed_nor_be_informed_before_the_contract()
    {
        var learner = Enrolment.AddLearner(Enrolment.AddSchool("CFA de Tours", "Tours"));
        var company = await Host.SendAsync(new RegisterSendingCompany(
            learner, "Garage Moreau", "Tours", "Luc Moreau", "luc@moreau.example", new DateOnly(2026, 6, 15)));

        await DomainAssert.ViolatesAsync("SENDING_COMPANY_NOT_INFORMED",
            () => Host.SendAsync(new RecordSendingCompanyAgreement(company, true, new DateOnly(2026, 7, 1))));
        await DomainAssert.ViolatesAsync("SENDING_COMPANY_INFORMED_BEFORE_CONTRACT",
            () => Host.SendAsync(new RecordSendingCompanyInformed(company, new DateOnly(2026, 6, 1))));
    }

    [Fact]
    public async Task Only_an_enrolled_learner_can_have_a_sending_company_and_only_one()
    {
        await DomainAssert.ViolatesAsync("LEARNER_UNKNOWN", () => Host.SendAsync(new RegisterSendingCompany(
            Guid.NewGuid(), "Garage", "Tours", "Luc", "luc@moreau.example", new DateOnly(2026, 6, 15))));
        var learner = Enrolment.AddLearner(Enrolment.AddSchool("CFA de Tours", "Tours"));
        await Host.SendAsync(new RegisterSendingCompany(learner, "Garage", "Tours", "Luc", "luc@moreau.example", new DateOnly(2026, 6, 15)));

        await DomainAssert.ViolatesAsync("SENDING_COMPANY_ALREADY_REGISTERED", () => Host.SendAsync(new RegisterSendingCompany(
            learner, "Other garage", "Tours", "Max", "max@garage.example", new DateOnly(2026, 6, 15))));
    }
}

public sealed class SendingCompanyScenariosOnSqlite() : SendingCompanyScenarios(DatabaseProvider.Sqlite);

public sealed class SendingCompanyScenariosOnPostgres() : SendingCompanyScenarios(DatabaseProvider.Postgres);
