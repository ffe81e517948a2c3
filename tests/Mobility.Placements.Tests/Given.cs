using Mobility.Enrolment.Contracts.Events;
using Mobility.Placements.Contracts;
using Mobility.Placements.Data;
using Mobility.Placements.HostOrganisations;
using Mobility.Placements.LearningAgreements;
using Mobility.Placements.Lifecycle;
using Mobility.TestKit;

namespace Mobility.Placements.Tests;

/// <summary>
/// Arranges the usual starting points through the module's use cases. The clock reads 1 September 2026; learners
/// are selected for spring 2027 (call 2026, so the 2024 rate file applies).
/// </summary>
internal static class Given
{
    public const int CallYear = 2026;
    public static readonly DateOnly SelectionStart = new(2027, 3, 1);
    public static readonly DateOnly SelectionEnd = new(2027, 5, 31);
    public static readonly DateOnly StartsOn = new(2027, 3, 8);
    public static readonly DateOnly EndsOn = new(2027, 3, 31);

    public static Task<Guid> BerlinHostAsync(this ModuleTestHost host, string name = "Hotel Adlon Kempinski")
        => host.SendAsync(new CreateHostOrganisation(
            name, HostOrganisationKind.Company, "DE", "Berlin", 52.5200, 13.4050, "Hospitality", "Jana Becker", "jana.becker@host.example"));

    /// <summary>Enrolment selects the learner: the event goes through an outbox and the real dispatcher.</summary>
    public static async Task<Guid> SelectAsync(
        this ModuleTestHost host, Guid learnerId, Guid schoolId, Guid? applicationId = null, Guid? eventId = null)
    {
        var application = applicationId ?? Guid.NewGuid();
        await host.InScopeAsync<PlacementsDbContext>(async db =>
        {
            db.Publish(new ApplicationSelected(
                eventId ?? Guid.NewGuid(), host.Clock.GetUtcNow().UtcDateTime, application, learnerId, Guid.NewGuid(), Guid.NewGuid(),
                schoolId, SelectionStart, SelectionEnd, 7.5m));
            await db.SaveChangesAsync();
        });
        await host.DispatchOutboxAsync();
        return application;
    }

    public static async Task<(Guid Placement, Guid Learner, Guid School)> PlannedLearnerPlacementAsync(
        this ModuleTestHost host, FakeEnrolmentDirectory enrolment, DateOnly? startsOn = null, DateOnly? endsOn = null)
    {
        var school = enrolment.AddSchool("Lycée Guillaume Tirel");
        var learner = enrolment.AddLearner(school);
        await host.SelectAsync(learner, school);
        var berlin = await host.BerlinHostAsync();
        var placement = await host.SendAsync(new PlanPlacement(
            PlacementKind.ShortTermLearner, CallYear, berlin, startsOn ?? StartsOn, endsOn ?? EndsOn, LearnerId: learner));
        return (placement, learner, school);
    }

    public static async Task PrepareForConfirmationAsync(this ModuleTestHost host, Guid placement)
    {
        await host.SendAsync(new AppointHostTutor(placement, "Jana Becker", "jana.becker@host.example", "Head chef"));
        await host.SendAsync(new DraftLearningAgreement(placement, Objectives(2), "Claire Dubois"));
        await host.SignAllAsync(placement);
    }

    public static async Task SignAllAsync(this ModuleTestHost host, Guid placement)
    {
        await host.SendAsync(new SignLearningAgreement(placement, LearningAgreementParty.Participant, "Camille Martin"));
        await host.SendAsync(new SignLearningAgreement(placement, LearningAgreementParty.SendingSchool, "Claire Dubois"));
        await host.SendAsync(new SignLearningAgreement(placement, LearningAgreementParty.Host, "Jana Becker"));
    }

    /// <summary>Confirmed, then started on its first day with the clock moved there.</summary>
    public static async Task<Guid> PlacementInProgressAsync(this ModuleTestHost host, FakeEnrolmentDirectory enrolment)
    {
        var (placement, _, _) = await host.PlannedLearnerPlacementAsync(enrolment);
        await host.PrepareForConfirmationAsync(placement);
        await host.SendAsync(new ConfirmPlacement(placement));
        host.Clock.Now = new DateTimeOffset(2027, 3, 8, 8, 0, 0, TimeSpan.Zero);
        await host.SendAsync(new StartPlacement(placement));
        return placement;
    }

    public static IReadOnlyList<ObjectiveInput> Objectives(int count)
        => [.. Enumerable.Range(1, count).Select(i => new ObjectiveInput(
            $"Prepare the cold starters of the day's menu ({i})", "The host tutor observes three services without correction"))];
}
