using Mobility.BuildingBlocks.Persistence;
using Mobility.Placements.Contracts;
using Mobility.Placements.Groups;
using Mobility.Placements.Lifecycle;
using Mobility.TestKit;

namespace Mobility.Placements.Tests.Groups;

public abstract class GroupScenarios(DatabaseProvider provider) : PlacementsTestBase(provider)
{
    [Fact]
    public async Task A_group_travels_with_one_lead_accompanying_person_from_its_school()
    {
        var school = Enrolment.AddSchool("Lycée Tirel");
        var (lead, second, outsider) = (Enrolment.AddStaff(school, "Dubois"), Enrolment.AddStaff(school, "Leroy"), Enrolment.AddStaff(Enrolment.AddSchool("Other")));
        var group = await Host.SendAsync(new CreatePlacementGroup(
            "Pastry group Berlin", Given.CallYear, school, await Host.BerlinHostAsync(), Given.StartsOn, Given.StartsOn.AddDays(13)));

        await Host.SendAsync(new AddAccompanyingPerson(group, lead, IsLead: true));
        await DomainAssert.ViolatesAsync("LEAD_ACCOMPANYING_PERSON_ALREADY_NAMED", () => Host.SendAsync(new AddAccompanyingPerson(group, second, IsLead: true)));
        await DomainAssert.ViolatesAsync("ACCOMPANYING_PERSON_NOT_FROM_SENDING_SCHOOL", () => Host.SendAsync(new AddAccompanyingPerson(group, outsider, IsLead: false)));
        await Host.SendAsync(new AddAccompanyingPerson(group, second, IsLead: false));

        var view = await Host.SendAsync(new GetPlacementGroup(group));
        Assert.Equal(2, view.Group.AccompanyingPersons.Count);
    }

    [Fact]
    public async Task Group_members_go_on_the_groups_dates_and_the_group_needs_someone_accompanying_it()
    {
        var school = Enrolment.AddSchool("Lycée Tirel");
        var learner = Enrolment.AddLearner(school);
        await Host.SelectAsync(learner, school);
        var host = await Host.BerlinHostAsync();
        var endsOn = Given.StartsOn.AddDays(13);
        var group = await Host.SendAsync(new CreatePlacementGroup("Pastry group Berlin", Given.CallYear, school, host, Given.StartsOn, endsOn));

        await DomainAssert.ViolatesAsync("GROUP_PLACEMENT_MISMATCH", () => Host.SendAsync(new PlanPlacement(
            PlacementKind.GroupMobility, Given.CallYear, host, Given.StartsOn, endsOn.AddDays(1), LearnerId: learner, PlacementGroupId: group)));
        await DomainAssert.ViolatesAsync("GROUP_REQUIRED_FOR_GROUP_MOBILITY", () => Host.SendAsync(new PlanPlacement(
            PlacementKind.GroupMobility, Given.CallYear, host, Given.StartsOn, endsOn, LearnerId: learner)));
        var placement = await Host.SendAsync(new PlanPlacement(
            PlacementKind.GroupMobility, Given.CallYear, host, Given.StartsOn, endsOn, LearnerId: learner, PlacementGroupId: group));
        await Host.PrepareForConfirmationAsync(placement);

        await DomainAssert.ViolatesAsync("ACCOMPANYING_PERSON_REQUIRED", () => Host.SendAsync(new ConfirmPlacement(placement)));
        await Host.SendAsync(new AddAccompanyingPerson(group, Enrolment.AddStaff(school), IsLead: true));
        await Host.SendAsync(new ConfirmPlacement(placement));
        Assert.Equal([placement], (await Host.SendAsync(new GetPlacementGroup(group))).PlacementIds);
    }
}

public sealed class GroupScenariosOnSqlite() : GroupScenarios(DatabaseProvider.Sqlite);

public sealed class GroupScenariosOnPostgres() : GroupScenarios(DatabaseProvider.Postgres);
