using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Staff;
using Mobility.TestKit;

namespace Mobility.Enrolment.Tests.Staff;

public abstract class StaffScenarios(DatabaseProvider provider) : EnrolmentTestBase(provider)
{
    [Fact]
    public async Task Staff_are_registered_with_their_role_and_listed_by_organisation()
    {
        var school = await Host.SchoolAsync("Lycée Guillaume Tirel");
        await Host.SendAsync(new RegisterStaffMember("Claire", "Dubois", "claire.dubois@school.example", StaffRole.EuropeanInternationalReferent, school));
        await Host.SendAsync(new RegisterStaffMember("Marc", "Antoine", "marc.antoine@school.example", StaffRole.Accountant, school));
        await Host.SendAsync(new RegisterStaffMember("Paul", "Leroy", "paul.leroy@school.example", StaffRole.AccompanyingPerson, school));

        var all = await Host.SendAsync(new ListStaffMembers(school));
        var referents = await Host.SendAsync(new ListStaffMembers(school, StaffRole.EuropeanInternationalReferent));

        Assert.Equal(["Antoine", "Dubois", "Leroy"], all.Select(s => s.LastName));
        Assert.Equal("Claire", Assert.Single(referents).FirstName);
    }

    [Fact]
    public async Task A_staff_member_needs_a_valid_email_and_a_known_role()
    {
        var school = await Host.SchoolAsync("School");

        var error = await DomainAssert.RejectsAsync("email", "Email", () => Host.SendAsync(
            new RegisterStaffMember("Claire", "Dubois", "claire-at-school", (StaffRole)99, school)));

        Assert.Contains(error.Failures, f => f.Field == "role" && f.Rule == "Enum");
        Assert.Empty(await Host.SendAsync(new ListStaffMembers(school)));
    }
}

public sealed class StaffScenariosOnSqlite() : StaffScenarios(DatabaseProvider.Sqlite);

public sealed class StaffScenariosOnPostgres() : StaffScenarios(DatabaseProvider.Postgres);
