using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Calls;
using Mobility.Enrolment.Consortia;
using Mobility.Enrolment.Learners;
using Mobility.Enrolment.Organisations;
using Mobility.Enrolment.Qualifications;
using Mobility.Placements.Contracts;
using Mobility.Placements.Contracts.Events;
using Mobility.Placements.HostOrganisations;
using Mobility.Placements.Lifecycle;

namespace Mobility.Placements.Tests.EndToEnd;

public abstract class EnrolmentToPlacementScenarios(DatabaseProvider provider) : BothModulesTestBase(provider)
{
    [Fact]
    public async Task A_learner_selected_in_Enrolment_is_placed_followed_and_completed_and_Placements_announces_it()
    {
        var coordinator = await Host.SendAsync(new RegisterOrganisation("GIP-FCIP de Paris", OrganisationKind.PublicAuthority, "FR", "Paris"));
        var consortium = await Host.SendAsync(new CreateConsortium(
            "Paris consortium", "2026-1-FR01-KA121-000101", new DateOnly(2026, 6, 1), new DateOnly(2028, 5, 31), coordinator));
        var school = await Host.SendAsync(new RegisterOrganisation("Lycée Guillaume Tirel", OrganisationKind.VocationalSchool, "FR", "Paris"));
        await Host.SendAsync(new AddConsortiumMember(consortium, school, new DateOnly(2026, 6, 1)));
        var qualification = await Host.SendAsync(new RegisterQualification("CAP Cuisine", "CAP", "FR", 3, "1013"));
        var learner = await Host.SendAsync(new RegisterLearner(
            "Camille", "Martin", new DateOnly(2005, 3, 14), Gender.Female, "FR", school, qualification, 2));
        var call = await Host.SendAsync(new OpenMobilityCall(
            consortium, "Spring placements 2027", new DateOnly(2026, 8, 15), new DateOnly(2026, 9, 30), new DateOnly(2027, 3, 1),
            new DateOnly(2027, 4, 15), 30, [new OpenMobilityCall.Criterion("Motivation", 1)]));
        var application = await Host.SendAsync(new SubmitApplication(call, learner, "Camille Martin"));
        await Host.SendAsync(new ShortlistApplication(application, "Strong motivation", "Selection committee"));
        await Host.SendAsync(new SelectApplication(application, "Ranked within the places", "Selection committee"));

        await Host.DispatchOutboxAsync();

        var host = await Host.SendAsync(new CreateHostOrganisation(
            "Trattoria Scuola Emilia", HostOrganisationKind.Company, "IT", "Bologna", 44.4949, 11.3426, "Hospitality", "Francesca Rossi",
            "francesca.rossi@host.example"));
        var placement = await Host.SendAsync(new PlanPlacement(
            PlacementKind.ShortTermLearner, 2026, host, new DateOnly(2027, 3, 8), new DateOnly(2027, 3, 26), LearnerId: learner));
        await Host.PrepareForConfirmationAsync(placement);
        await Host.SendAsync(new ConfirmPlacement(placement));
        Host.Clock.Now = new DateTimeOffset(2027, 3, 8, 8, 0, 0, TimeSpan.Zero);
        await Host.SendAsync(new StartPlacement(placement));
        Host.Clock.Now = new DateTimeOffset(2027, 3, 26, 18, 0, 0, TimeSpan.Zero);
        await Host.SendAsync(new CompletePlacement(placement));

        var completed = Assert.Single(await Host.PublishedAsync<PlacementCompleted>());
        Assert.Equal((placement, learner, school, "IT", "Hospitality", 19), (completed.PlacementId, completed.LearnerId,
            completed.SendingOrganisationId, completed.DestinationCountry, completed.HostSector, completed.DurationDays));
        Assert.Equal(PlacementStatus.Completed, (await Host.SendAsync(new GetPlacement(placement))).Status);
    }
}

public sealed class EnrolmentToPlacementScenariosOnSqlite() : EnrolmentToPlacementScenarios(DatabaseProvider.Sqlite);

public sealed class EnrolmentToPlacementScenariosOnPostgres() : EnrolmentToPlacementScenarios(DatabaseProvider.Postgres);
