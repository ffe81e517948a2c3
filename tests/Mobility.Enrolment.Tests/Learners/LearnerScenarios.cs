using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Geography;
using Mobility.BuildingBlocks.Messaging;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Contracts.Events;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Learners;
using Mobility.Enrolment.Organisations;
using Mobility.TestKit;

namespace Mobility.Enrolment.Tests.Learners;

public abstract class LearnerScenarios(DatabaseProvider provider) : EnrolmentTestBase(provider)
{
    [Fact]
    public async Task Registering_a_learner_writes_LearnerRegistered_to_the_outbox_with_the_learner()
    {
        var school = await Host.SchoolAsync("Lycée Jean Drouant");
        var qualification = await Host.QualificationAsync();

        var id = await Host.LearnerAsync(school, qualification);

        var messages = await Host.InScopeAsync<EnrolmentDbContext, List<OutboxMessage>>(db => db.OutboxMessages.ToListAsync());
        var message = Assert.Single(messages);
        Assert.Equal(typeof(LearnerRegistered).FullName, message.Type.Split(',')[0]);
        Assert.Contains(id.ToString(), message.Payload, StringComparison.Ordinal);
        Assert.Null(message.ProcessedAt);
    }

    [Fact]
    public async Task A_learner_whose_school_cannot_enrol_learners_is_refused_and_nothing_is_written()
    {
        var company = await Host.SchoolAsync("Maison Lemarié", OrganisationKind.Company);
        var qualification = await Host.QualificationAsync();

        await DomainAssert.ViolatesAsync("LEARNER_SCHOOL_KIND", () => Host.LearnerAsync(company, qualification));

        Assert.Equal(0, await Host.InScopeAsync<EnrolmentDbContext, int>(db => db.Learners.CountAsync()));
        Assert.Equal(0, await Host.InScopeAsync<EnrolmentDbContext, int>(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Invalid_learner_details_are_rejected_naming_each_field()
    {
        var error = await DomainAssert.RejectsAsync("birthDate", "LessThan", () => Host.SendAsync(new RegisterLearner(
            "", "Martin", new DateOnly(2030, 1, 1), (Gender)42, "XX", Guid.NewGuid(), Guid.NewGuid(), 9, "not-an-email")));

        string[] fields = ["firstName", "gender", "nationality", "programmeYear", "email"];
        Assert.All(fields, field => Assert.Contains(error.Failures, f => f.Field == field));
    }

    [Fact]
    public async Task Minority_is_computed_for_a_given_day_and_ends_on_the_eighteenth_birthday()
    {
        var school = await Host.SchoolAsync("School");
        var id = await Host.LearnerAsync(school, await Host.QualificationAsync(), new DateOnly(2009, 3, 14));

        var learner = await Host.SendAsync(new GetLearner(id));

        Assert.True(learner.IsMinorOn(new DateOnly(2027, 3, 13)));
        Assert.False(learner.IsMinorOn(new DateOnly(2027, 3, 14)));
        Assert.Equal(17, learner.AgeOn(new DateOnly(2026, 9, 1)));
    }

    [Fact]
    public async Task Guardian_consent_is_recorded_with_who_gave_it_and_when_but_only_for_a_minor()
    {
        var school = await Host.SchoolAsync("School");
        var qualification = await Host.QualificationAsync();
        var minor = await Host.LearnerAsync(school, qualification, new DateOnly(2010, 5, 2), "Inès");
        var adult = await Host.LearnerAsync(school, qualification, new DateOnly(2004, 5, 2), "Yanis");

        await Host.SendAsync(new RecordGuardianConsent(minor, "Nadia Benali (mother)"));
        await DomainAssert.ViolatesAsync("LEARNER_NOT_A_MINOR", () => Host.SendAsync(new RecordGuardianConsent(adult, "Father")));

        var learner = await Host.SendAsync(new GetLearner(minor));
        Assert.True(learner.HasGuardianConsent);
        Assert.Equal("Nadia Benali (mother)", learner.GuardianConsentBy);
        Assert.Equal(Host.Clock.GetUtcNow().UtcDateTime, learner.GuardianConsentAt);
        Assert.Equal(DateTimeKind.Utc, learner.GuardianConsentAt!.Value.Kind);
    }

    [Fact]
    public async Task Language_levels_are_added_then_raised()
    {
        var id = await Host.LearnerAsync(await Host.SchoolAsync("School"), await Host.QualificationAsync());

        await Host.SendAsync(new RecordLanguageLevel(id, "EN", CefrLevel.A2));
        await Host.SendAsync(new RecordLanguageLevel(id, "es", CefrLevel.A1));
        await Host.SendAsync(new RecordLanguageLevel(id, "en", CefrLevel.B1));
        await DomainAssert.RejectsAsync("language", "LanguageCode", () => Host.SendAsync(new RecordLanguageLevel(id, "xx", CefrLevel.B1)));

        var languages = (await Host.SendAsync(new GetLearner(id))).Languages.OrderBy(l => l.Language).ToList();
        Assert.Equal([("en", CefrLevel.B1), ("es", CefrLevel.A1)], languages.Select(l => (l.Language, l.Level)));
    }

    [Fact]
    public async Task Learners_are_listed_by_school_and_name()
    {
        var school = await Host.SchoolAsync("School");
        var other = await Host.SchoolAsync("Other school");
        var qualification = await Host.QualificationAsync();
        await Host.LearnerAsync(school, qualification, firstName: "Zoé");
        await Host.LearnerAsync(school, qualification, firstName: "Adam");
        await Host.LearnerAsync(other, qualification, firstName: "Elsewhere");

        var learners = await Host.SendAsync(new ListLearners(school));

        Assert.Equal(["Adam", "Zoé"], learners.Select(l => l.FirstName));
    }
}

public sealed class LearnerScenariosOnSqlite() : LearnerScenarios(DatabaseProvider.Sqlite);

public sealed class LearnerScenariosOnPostgres() : LearnerScenarios(DatabaseProvider.Postgres);
