using Mobility.Enrolment.Calls;
using Mobility.Enrolment.Consortia;
using Mobility.Enrolment.Learners;
using Mobility.Enrolment.Organisations;
using Mobility.Enrolment.Qualifications;
using Mobility.TestKit;

namespace Mobility.Enrolment.Tests;

/// <summary>Arranges the usual starting points through the module's own use cases. The clock reads 1 September 2026.</summary>
internal static class Given
{
    public static readonly DateOnly ConsortiumStart = new(2026, 6, 1);
    public static readonly DateOnly ConsortiumEnd = new(2028, 5, 31);

    public static Task<Guid> SchoolAsync(this ModuleTestHost host, string name, OrganisationKind kind = OrganisationKind.VocationalSchool)
        => host.SendAsync(new RegisterOrganisation(name, kind, "FR", "Paris", Sectors: ["Catering"]));

    public static async Task<(Guid Consortium, Guid Coordinator)> ConsortiumAsync(
        this ModuleTestHost host, string reference = "2026-1-FR01-KA121-000101")
    {
        var coordinator = await host.SendAsync(new RegisterOrganisation("GIP-FCIP de Paris", OrganisationKind.PublicAuthority, "FR", "Paris"));
        var consortium = await host.SendAsync(new CreateConsortium(
            "Test consortium", reference, ConsortiumStart, ConsortiumEnd, coordinator));
        return (consortium, coordinator);
    }

    public static async Task<Guid> MemberSchoolAsync(this ModuleTestHost host, Guid consortium, string name)
    {
        var school = await host.SchoolAsync(name);
        await host.SendAsync(new AddConsortiumMember(consortium, school, ConsortiumStart));
        return school;
    }

    public static Task<Guid> QualificationAsync(this ModuleTestHost host, string name = "CAP Cuisine", int eqf = 3)
        => host.SendAsync(new RegisterQualification(name, "CAP", "FR", eqf, "1013"));

    public static Task<Guid> LearnerAsync(
        this ModuleTestHost host, Guid school, Guid qualification, DateOnly? birthDate = null, string firstName = "Camille")
        => host.SendAsync(new RegisterLearner(
            firstName, "Martin", birthDate ?? new DateOnly(2005, 3, 14), Gender.Female, "FR", school, qualification, 2));

    /// <summary>A call open today (applications 15 Aug - 30 Sep 2026), going abroad in spring 2027.</summary>
    public static Task<Guid> CallAsync(
        this ModuleTestHost host, Guid consortium, DateOnly? mobilityStartsOn = null, DateOnly? mobilityEndsOn = null,
        int places = 30, string title = "Spring placements 2027")
        => host.SendAsync(new OpenMobilityCall(
            consortium, title, new DateOnly(2026, 8, 15), new DateOnly(2026, 9, 30),
            mobilityStartsOn ?? new DateOnly(2027, 3, 1), mobilityEndsOn ?? new DateOnly(2027, 4, 15), places,
            [new OpenMobilityCall.Criterion("Motivation", 3), new OpenMobilityCall.Criterion("Professional project", 1)]));
}
