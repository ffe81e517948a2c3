using Mobility.BuildingBlocks.Persistence;
using Mobility.Placements.Contracts;
using Mobility.Placements.Contracts.Events;
using Mobility.Placements.LearningAgreements;
using Mobility.Placements.Lifecycle;
using Mobility.Placements.SendingCompanies;
using Mobility.TestKit;

namespace Mobility.Placements.Tests.Lifecycle;

public abstract class StatusScenarios(DatabaseProvider provider) : PlacementsTestBase(provider)
{
    [Fact]
    public async Task A_placement_needs_a_host_tutor_before_confirmation()
    {
        var (placement, _, _) = await Host.PlannedLearnerPlacementAsync(Enrolment);
        await Host.SendAsync(new DraftLearningAgreement(placement, Given.Objectives(2), "Claire Dubois"));
        await Host.SignAllAsync(placement);

        await DomainAssert.ViolatesAsync("HOST_TUTOR_REQUIRED_BEFORE_CONFIRMATION", () => Host.SendAsync(new ConfirmPlacement(placement)));
    }

    [Fact]
    public async Task A_placement_needs_its_learning_agreement_signed_by_all_three_parties_before_confirmation()
    {
        var (placement, _, _) = await Host.PlannedLearnerPlacementAsync(Enrolment);
        await Host.SendAsync(new AppointHostTutor(placement, "Jana Becker", "jana@host.example", "Head chef"));
        await Host.SendAsync(new DraftLearningAgreement(placement, Given.Objectives(2), "Claire Dubois"));
        await Host.SendAsync(new SignLearningAgreement(placement, LearningAgreementParty.Participant, "Camille Martin"));
        await Host.SendAsync(new SignLearningAgreement(placement, LearningAgreementParty.SendingSchool, "Claire Dubois"));

        await DomainAssert.ViolatesAsync("LEARNING_AGREEMENT_NOT_SIGNED", () => Host.SendAsync(new ConfirmPlacement(placement)));
    }

    [Fact]
    public async Task An_apprentice_placement_waits_for_the_employers_agreement()
    {
        var (placement, learner, _) = await Host.PlannedLearnerPlacementAsync(Enrolment);
        await Host.PrepareForConfirmationAsync(placement);
        var company = await Host.SendAsync(new RegisterSendingCompany(
            learner, "Brasserie Martin", "Paris", "Luc Martin", "luc@brasserie.example", new DateOnly(2026, 6, 1)));

        await DomainAssert.ViolatesAsync("SENDING_COMPANY_AGREEMENT_REQUIRED", () => Host.SendAsync(new ConfirmPlacement(placement)));

        await Host.SendAsync(new RecordSendingCompanyInformed(company, new DateOnly(2026, 6, 1)));
        await Host.SendAsync(new RecordSendingCompanyAgreement(company, true, new DateOnly(2026, 6, 20)));
        await Host.SendAsync(new ConfirmPlacement(placement));
        Assert.Equal(PlacementStatus.Confirmed, (await Host.SendAsync(new GetPlacement(placement))).Status);
    }

    [Fact]
    public async Task A_placement_runs_from_confirmed_to_completed_and_publishes_both_events()
    {
        var placement = await Host.PlacementInProgressAsync(Enrolment);
        await DomainAssert.ViolatesAsync("PLACEMENT_NOT_ENDED_YET", () => Host.SendAsync(new CompletePlacement(placement)));

        Host.Clock.Now = new DateTimeOffset(2027, 4, 1, 9, 0, 0, TimeSpan.Zero);
        await Host.SendAsync(new CompletePlacement(placement));

        var confirmed = Assert.Single(await Host.PublishedAsync<PlacementConfirmed>());
        var completed = Assert.Single(await Host.PublishedAsync<PlacementCompleted>());
        Assert.Equal((placement, "DE"), (confirmed.PlacementId, confirmed.DestinationCountry));
        Assert.Equal((PlacementKind.ShortTermLearner, 24, "FR", "DE", "Hospitality", 2026),
            (completed.Kind, completed.DurationDays, completed.OriginCountry, completed.DestinationCountry, completed.HostSector, completed.CallYear));
        Assert.Equal((Given.StartsOn, Given.EndsOn), (completed.StartsOn, completed.EndsOn));
    }

    [Fact]
    public async Task A_placement_does_not_start_before_its_first_day()
    {
        var (placement, _, _) = await Host.PlannedLearnerPlacementAsync(Enrolment);
        await Host.PrepareForConfirmationAsync(placement);
        await Host.SendAsync(new ConfirmPlacement(placement));

        await DomainAssert.ViolatesAsync("PLACEMENT_NOT_STARTED_YET", () => Host.SendAsync(new StartPlacement(placement)));
    }

    [Fact]
    public async Task A_placement_cancelled_for_force_majeure_says_so_in_its_event()
    {
        var (placement, learner, _) = await Host.PlannedLearnerPlacementAsync(Enrolment);

        await Host.SendAsync(new CancelPlacement(placement, "Borders closed (COVID-19)", ForceMajeure: true));

        var cancelled = Assert.Single(await Host.PublishedAsync<PlacementCancelled>());
        Assert.Equal((placement, learner, true, "Borders closed (COVID-19)"), (cancelled.PlacementId, cancelled.LearnerId!.Value, cancelled.ForceMajeure, cancelled.Reason));
    }

    [Fact]
    public async Task A_placement_under_way_is_interrupted_not_cancelled_and_counts_its_days_abroad()
    {
        var placement = await Host.PlacementInProgressAsync(Enrolment);
        await DomainAssert.ViolatesAsync("PLACEMENT_STATUS_TRANSITION_INVALID",
            () => Host.SendAsync(new CancelPlacement(placement, "Homesick", ForceMajeure: false)));

        Host.Clock.Now = new DateTimeOffset(2027, 3, 20, 9, 0, 0, TimeSpan.Zero);
        await Host.SendAsync(new InterruptPlacement(placement, new DateOnly(2027, 3, 17), "Serious illness in the family", ForceMajeure: true));

        var interrupted = Assert.Single(await Host.PublishedAsync<PlacementInterrupted>());
        Assert.Equal((10, new DateOnly(2027, 3, 17), true), (interrupted.DaysCompleted, interrupted.InterruptedOn, interrupted.ForceMajeure));
        Assert.Equal(PlacementStatus.Interrupted, (await Host.SendAsync(new GetPlacement(placement))).Status);
    }
}

public sealed class StatusScenariosOnSqlite() : StatusScenarios(DatabaseProvider.Sqlite);

public sealed class StatusScenariosOnPostgres() : StatusScenarios(DatabaseProvider.Postgres);
