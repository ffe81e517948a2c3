using Mobility.BuildingBlocks.Geography;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Enrolment.Learners;
using Mobility.Enrolment.Qualifications;
using Mobility.Enrolment.Staff;
using Mobility.Enrolment.Tests.Calls;

namespace Mobility.Enrolment.Tests.Integration;

public abstract class EnrolmentDirectoryScenarios(DatabaseProvider provider) : ApplicationTestBase(provider)
{
    [Fact]
    public async Task Learners_are_read_in_batches_and_unknown_ids_are_simply_absent()
    {
        var inès = await Host.LearnerAsync(School, Qualification, firstName: "Inès");
        var yanis = await Host.LearnerAsync(School, Qualification, firstName: "Yanis");
        await Host.SendAsync(new RecordLanguageLevel(inès, "en", CefrLevel.B1));

        var learners = await Directory(d => d.GetLearnersAsync([inès, yanis, Guid.NewGuid()], CancellationToken.None));

        Assert.Equal(["Inès", "Yanis"], learners.Select(l => l.FirstName).Order());
        var summary = learners.Single(l => l.Id == inès);
        Assert.Equal(School, summary.SchoolId);
        Assert.Equal("Female", summary.Gender);
        Assert.Equal([new LanguageSkill("en", CefrLevel.B1)], summary.Languages);
    }

    [Fact]
    public async Task Organisations_staff_qualifications_consortia_and_calls_are_given_as_contract_records()
    {
        var staff = await Host.SendAsync(new RegisterStaffMember("Claire", "Dubois", "claire@school.example", StaffRole.Accountant, School));
        await Host.SendAsync(new AddQualificationUnit(Qualification, "UFM", "Unité facultative de mobilité", IsOptional: true));

        var organisation = Assert.Single(await Directory(d => d.GetOrganisationsAsync([School], CancellationToken.None)));
        var member = Assert.Single(await Directory(d => d.GetStaffMembersAsync([staff], CancellationToken.None)));
        var qualification = Assert.Single(await Directory(d => d.GetQualificationsAsync([Qualification], CancellationToken.None)));
        var consortium = Assert.Single(await Directory(d => d.GetConsortiaAsync([Consortium], CancellationToken.None)));
        var call = Assert.Single(await Directory(d => d.GetMobilityCallsAsync([Call], CancellationToken.None)));

        Assert.Equal(("VocationalSchool", "FR"), (organisation.Kind, organisation.Country));
        Assert.Equal("Accountant", member.Role);
        Assert.True(Assert.Single(qualification.Units).IsOptional);
        Assert.Contains(School, consortium.MemberIds);
        Assert.Equal((Consortium, 30), (call.ConsortiumId, call.Places));
    }

    [Fact]
    public async Task Selections_list_only_the_selected_applications_of_the_calls_asked_for()
    {
        var selected = await ApplyAsync(firstName: "Inès");
        var reserve = await ApplyAsync(firstName: "Yanis");
        foreach (var (application, step) in new[] { (selected, "Shortlist"), (selected, "Select"), (reserve, "Shortlist"), (reserve, "Reserve") })
        {
            await MoveAsync(application, step);
        }

        var selections = await Directory(d => d.GetSelectionsAsync([Call], CancellationToken.None));

        Assert.Equal(selected, Assert.Single(selections).ApplicationId);
        Assert.Empty(await Directory(d => d.GetSelectionsAsync([Guid.NewGuid()], CancellationToken.None)));
    }

    private Task<IReadOnlyList<T>> Directory<T>(Func<IEnrolmentDirectory, Task<IReadOnlyList<T>>> read)
        => Host.InScopeAsync<IEnrolmentDirectory, IReadOnlyList<T>>(read);
}

public sealed class EnrolmentDirectoryScenariosOnSqlite() : EnrolmentDirectoryScenarios(DatabaseProvider.Sqlite);

public sealed class EnrolmentDirectoryScenariosOnPostgres() : EnrolmentDirectoryScenarios(DatabaseProvider.Postgres);
