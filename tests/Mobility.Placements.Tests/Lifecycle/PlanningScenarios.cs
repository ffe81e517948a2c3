using Mobility.BuildingBlocks.Persistence;
using Mobility.Placements.Contracts;
using Mobility.Placements.HostOrganisations;
using Mobility.Placements.Lifecycle;
using Mobility.Placements.Places;
using Mobility.TestKit;

namespace Mobility.Placements.Tests.Lifecycle;

public abstract class PlanningScenarios(DatabaseProvider provider) : PlacementsTestBase(provider)
{
    [Fact]
    public async Task A_learner_placement_leaves_from_the_school_city_and_lasts_its_days_inclusive()
    {
        var (id, _, _) = await Host.PlannedLearnerPlacementAsync(Enrolment);

        var placement = await Host.SendAsync(new GetPlacement(id));

        Assert.Equal(PlacementStatus.Planned, placement.Status);
        Assert.Equal(24, placement.DurationDays);
        Assert.Equal(("Paris", "FR", "Berlin", "DE"), (placement.OriginCity, placement.OriginCountry, placement.DestinationCity, placement.DestinationCountry));
    }

    [Fact]
    public async Task A_short_term_learner_placement_lasts_at_least_ten_days()
        => await DomainAssert.ViolatesAsync("DURATION_OUT_OF_RANGE_FOR_KIND",
            () => Host.PlannedLearnerPlacementAsync(Enrolment, new DateOnly(2027, 3, 8), new DateOnly(2027, 3, 16)));

    [Fact]
    public async Task A_staff_member_must_exist_in_Enrolment_and_cannot_be_placed_twice_at_once()
    {
        var school = Enrolment.AddSchool("Lycée Octave Feuillet");
        var teacher = Enrolment.AddStaff(school);
        var host = await Host.BerlinHostAsync();
        await DomainAssert.ViolatesAsync("STAFF_MEMBER_UNKNOWN", () => Host.SendAsync(new PlanPlacement(
            PlacementKind.JobShadowing, Given.CallYear, host, Given.StartsOn, Given.StartsOn.AddDays(4), StaffMemberId: Guid.NewGuid())));

        await Host.SendAsync(new PlanPlacement(PlacementKind.JobShadowing, Given.CallYear, host, Given.StartsOn, Given.StartsOn.AddDays(4), StaffMemberId: teacher));

        await DomainAssert.ViolatesAsync("PLACEMENT_OVERLAPS_ANOTHER", () => Host.SendAsync(new PlanPlacement(
            PlacementKind.Training, Given.CallYear, host, Given.StartsOn.AddDays(2), Given.StartsOn.AddDays(6), StaffMemberId: teacher)));
    }

    [Fact]
    public async Task A_school_in_a_city_without_known_coordinates_gives_the_origin_itself()
    {
        var school = Enrolment.AddSchool("Lycée de Lille", "Lille");
        var teacher = Enrolment.AddStaff(school);
        var host = await Host.BerlinHostAsync();
        await DomainAssert.ViolatesAsync("CITY_COORDINATES_UNKNOWN", () => Host.SendAsync(new PlanPlacement(
            PlacementKind.JobShadowing, Given.CallYear, host, Given.StartsOn, Given.StartsOn.AddDays(4), StaffMemberId: teacher)));

        var id = await Host.SendAsync(new PlanPlacement(PlacementKind.JobShadowing, Given.CallYear, host, Given.StartsOn,
            Given.StartsOn.AddDays(4), StaffMemberId: teacher, Origin: new PlaceInput("Lille", "FR", 50.6292, 3.0573)));

        Assert.Equal(50.6292, (await Host.SendAsync(new GetPlacement(id))).OriginLatitude);
    }

    [Fact]
    public async Task A_host_in_the_participants_own_country_is_not_a_mobility()
    {
        var teacher = Enrolment.AddStaff(Enrolment.AddSchool("Lycée Tirel"));
        var lyon = await Host.SendAsync(new CreateHostOrganisation(
            "Bouchon lyonnais", HostOrganisationKind.Company, "FR", "Lyon", 45.764, 4.8357, "Catering", "Marc", "marc@lyon.example"));

        await DomainAssert.ViolatesAsync("HOST_NOT_ABROAD", () => Host.SendAsync(new PlanPlacement(
            PlacementKind.JobShadowing, Given.CallYear, lyon, Given.StartsOn, Given.StartsOn.AddDays(4), StaffMemberId: teacher)));
    }

    [Fact]
    public async Task An_invited_expert_from_Italy_is_hosted_by_a_member_school_and_is_never_outgoing()
    {
        var school = Enrolment.AddSchool("Lycée Guillaume Tirel");
        var id = await Host.SendAsync(new PlanIncomingPlacement(
            PlacementKind.InvitedExpert, Given.CallYear, "Giulia Rossi", "Pastificio Rossi", new PlaceInput("Rome", "IT", 41.9028, 12.4964),
            school, Given.StartsOn, Given.StartsOn.AddDays(4)));

        var placement = await Host.SendAsync(new GetPlacement(id));
        Assert.Equal((PlacementDirection.Incoming, "Paris", school), (placement.Direction, placement.DestinationCity, placement.HostSchoolId!.Value));

        var teacher = Enrolment.AddStaff(school);
        var berlin = await Host.BerlinHostAsync();
        await DomainAssert.ViolatesAsync("INVITED_EXPERT_IS_INCOMING", () => Host.SendAsync(new PlanPlacement(
            PlacementKind.InvitedExpert, Given.CallYear, berlin, Given.StartsOn, Given.StartsOn.AddDays(4), StaffMemberId: teacher)));
    }
}

public sealed class PlanningScenariosOnSqlite() : PlanningScenarios(DatabaseProvider.Sqlite);

public sealed class PlanningScenariosOnPostgres() : PlanningScenarios(DatabaseProvider.Postgres);
