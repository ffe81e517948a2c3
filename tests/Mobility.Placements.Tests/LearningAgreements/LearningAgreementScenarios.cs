using Mobility.BuildingBlocks.Persistence;
using Mobility.Placements.Contracts.Directory;
using Mobility.Placements.Contracts.Events;
using Mobility.Placements.LearningAgreements;
using Mobility.Placements.Lifecycle;
using Mobility.TestKit;

namespace Mobility.Placements.Tests.LearningAgreements;

public abstract class LearningAgreementScenarios(DatabaseProvider provider) : PlacementsTestBase(provider)
{
    [Fact]
    public async Task A_revision_is_a_new_version_with_its_reason_and_must_be_signed_again()
    {
        var (placement, _, _) = await Host.PlannedLearnerPlacementAsync(Enrolment);
        await Host.SendAsync(new DraftLearningAgreement(placement, Given.Objectives(2), "Claire Dubois"));
        await Host.SignAllAsync(placement);
        Host.Clock.Advance(TimeSpan.FromDays(3));

        await Host.SendAsync(new ReviseLearningAgreement(placement, Given.Objectives(3), "The host added the pastry section", "Claire Dubois"));

        var agreements = (await Host.SendAsync(new GetPlacement(placement))).LearningAgreements.OrderBy(v => v.Version).ToList();
        Assert.Equal([1, 2], agreements.Select(v => v.Version));
        Assert.True(agreements[0].IsFullySigned);
        Assert.Equal(new DateTime(2026, 9, 1, 9, 0, 0, DateTimeKind.Utc), agreements[0].HostSignedAt);
        Assert.False(agreements[1].IsFullySigned);
        Assert.Equal(("The host added the pastry section", 3), (agreements[1].RevisionReason, agreements[1].Objectives.Count));
    }

    [Fact]
    public async Task A_revision_states_its_reason_and_a_party_signs_a_version_once()
    {
        var (placement, _, _) = await Host.PlannedLearnerPlacementAsync(Enrolment);
        await Host.SendAsync(new DraftLearningAgreement(placement, Given.Objectives(1), "Claire Dubois"));
        await Host.SendAsync(new SignLearningAgreement(placement, LearningAgreementParty.Host, "Jana Becker"));

        await DomainAssert.ViolatesAsync("LEARNING_AGREEMENT_ALREADY_SIGNED",
            () => Host.SendAsync(new SignLearningAgreement(placement, LearningAgreementParty.Host, "Jana Becker")));
        await DomainAssert.ViolatesAsync("REVISION_REASON_REQUIRED",
            () => Host.SendAsync(new ReviseLearningAgreement(placement, Given.Objectives(1), " ", "Claire Dubois")));
        await DomainAssert.ViolatesAsync("LEARNING_AGREEMENT_ALREADY_DRAFTED",
            () => Host.SendAsync(new DraftLearningAgreement(placement, Given.Objectives(1), "Claire Dubois")));
    }

    [Fact]
    public async Task The_third_signature_publishes_LearningAgreementSigned_and_the_directory_reads_the_current_version()
    {
        var (placement, _, _) = await Host.PlannedLearnerPlacementAsync(Enrolment);
        await Host.SendAsync(new DraftLearningAgreement(placement, Given.Objectives(2), "Claire Dubois"));
        await Host.SendAsync(new SignLearningAgreement(placement, LearningAgreementParty.Participant, "Camille Martin"));
        await Host.SendAsync(new SignLearningAgreement(placement, LearningAgreementParty.SendingSchool, "Claire Dubois"));
        Assert.Empty(await Host.PublishedAsync<LearningAgreementSigned>());

        Host.Clock.Advance(TimeSpan.FromHours(2));
        await Host.SendAsync(new SignLearningAgreement(placement, LearningAgreementParty.Host, "Jana Becker"));

        var signed = Assert.Single(await Host.PublishedAsync<LearningAgreementSigned>());
        Assert.Equal((placement, 1, new DateTime(2026, 9, 1, 11, 0, 0, DateTimeKind.Utc)), (signed.PlacementId, signed.Version, signed.OccurredAt));
        var agreement = Assert.Single(await Host.InScopeAsync<IPlacementsDirectory, IReadOnlyList<LearningAgreementSummary>>(
            d => d.GetLearningAgreementsAsync([placement, Guid.NewGuid()], CancellationToken.None)));
        Assert.True(agreement.IsFullySigned);
        Assert.Equal("Jana Becker", agreement.Host!.SignedBy);
        Assert.Equal([1, 2], agreement.Objectives.Select(o => o.Position));

        await Host.SendAsync(new ReviseLearningAgreement(placement, Given.Objectives(3), "The host added the pastry section", "Claire Dubois"));
        var revised = Assert.Single(await Host.InScopeAsync<IPlacementsDirectory, IReadOnlyList<LearningAgreementSummary>>(
            d => d.GetLearningAgreementsAsync([placement], CancellationToken.None)));
        Assert.Equal((2, false, 3), (revised.Version, revised.IsFullySigned, revised.Objectives.Count));
    }

    [Fact]
    public async Task Appointing_a_host_tutor_publishes_HostTutorAppointed_with_the_lower_case_email()
    {
        var (placement, _, _) = await Host.PlannedLearnerPlacementAsync(Enrolment);

        await Host.SendAsync(new AppointHostTutor(placement, "Jana Becker", "Jana.Becker@Host.example", "Head chef"));

        var appointed = Assert.Single(await Host.PublishedAsync<HostTutorAppointed>());
        Assert.Equal((placement, "Jana Becker", "jana.becker@host.example", "Head chef"),
            (appointed.PlacementId, appointed.Name, appointed.Email, appointed.Position));
        var tutor = Assert.Single(await Host.InScopeAsync<IPlacementsDirectory, IReadOnlyList<HostTutorSummary>>(
            d => d.GetHostTutorsAsync([placement], CancellationToken.None)));
        Assert.Equal(("jana.becker@host.example", "Head chef"), (tutor.Email, tutor.Position));
    }

    [Fact]
    public async Task Objectives_are_measurable_and_no_more_than_one_per_week_of_placement()
    {
        var (placement, _, _) = await Host.PlannedLearnerPlacementAsync(Enrolment);

        await DomainAssert.ViolatesAsync("OBJECTIVE_NOT_MEASURABLE", () => Host.SendAsync(new DraftLearningAgreement(
            placement, [new ObjectiveInput("Discover German cuisine", "")], "Claire Dubois")));
        await DomainAssert.ViolatesAsync("OBJECTIVES_NOT_REALISTIC",
            () => Host.SendAsync(new DraftLearningAgreement(placement, Given.Objectives(5), "Claire Dubois")));
        await Host.SendAsync(new DraftLearningAgreement(placement, Given.Objectives(4), "Claire Dubois"));
    }
}

public sealed class LearningAgreementScenariosOnSqlite() : LearningAgreementScenarios(DatabaseProvider.Sqlite);

public sealed class LearningAgreementScenariosOnPostgres() : LearningAgreementScenarios(DatabaseProvider.Postgres);
