using Mobility.Enrolment.Contracts.Directory;

namespace Mobility.Placements.Demo;

/// <summary>
/// What the Placements demo needs from Enrolment's CAPMOB 2.0 demo, read through its directory only: the calls'
/// selections, the selected learners, the 33 schools and the first staff members of each.
/// </summary>
internal sealed record ParisDemo(
    IReadOnlyDictionary<Guid, MobilityCallSummary> Calls,
    IReadOnlyList<SelectionSummary> Selections,
    IReadOnlyDictionary<Guid, LearnerSummary> Learners,
    IReadOnlyList<OrganisationSummary> Schools,
    IReadOnlyDictionary<Guid, StaffSummary> Staff)
{
    /// <summary>The 2018 call (KA116 charter project 2018-1-FR01) funds every CAPMOB 2.0 mobility.</summary>
    public const int CallYear = 2018;

    public const int SchoolCount = 33;

    /// <summary>Per school, staff 01 is the European referent, 02 the accountant, 03 to 05 teach or accompany.</summary>
    public const int StaffPerSchool = 5;

    /// <summary>Enrolment's CAPMOB 2.0 calls, one per mobility window, by their documented keys.</summary>
    public static readonly IReadOnlyList<string> CallKeys =
        ["capmob-2018-autumn", "capmob-2019", "capmob-2019-autumn", "capmob-2020", "capmob-2020-autumn"];

    public static async Task<ParisDemo> LoadAsync(IEnrolmentDirectory enrolment, CancellationToken cancellationToken)
    {
        var callIds = CallKeys.Select(k => DemoIds.Enrolment("call", k)).ToList();
        var calls = await enrolment.GetMobilityCallsAsync(callIds, cancellationToken);
        var selections = (await enrolment.GetSelectionsAsync(callIds, cancellationToken)).OrderBy(s => s.ApplicationId).ToList();
        var learners = await enrolment.GetLearnersAsync([.. selections.Select(s => s.LearnerId)], cancellationToken);
        var schoolIds = Enumerable.Range(1, SchoolCount).Select(SchoolId).ToList();
        var schools = await enrolment.GetOrganisationsAsync(schoolIds, cancellationToken);
        var staffIds = Enumerable.Range(1, SchoolCount).SelectMany(n => Enumerable.Range(1, StaffPerSchool).Select(i => StaffId(n, i))).ToList();
        var staff = await enrolment.GetStaffMembersAsync(staffIds, cancellationToken);
        return new ParisDemo(
            calls.ToDictionary(c => c.Id), selections, learners.ToDictionary(l => l.Id),
            [.. schools.OrderBy(s => schoolIds.IndexOf(s.Id))], staff.ToDictionary(s => s.Id));
    }

    public static Guid SchoolId(int number) => DemoIds.Enrolment("organisation", $"capmob-school-{number:D2}");

    public static Guid StaffId(int school, int index) => DemoIds.Enrolment("staff", $"capmob-school-{school:D2}-{index:D2}");

    public static int NumberOf(Guid schoolId) => Enumerable.Range(1, SchoolCount).First(n => SchoolId(n) == schoolId);

    public StaffSummary? StaffOf(Guid schoolId, int index) => Staff.GetValueOrDefault(StaffId(NumberOf(schoolId), index));

    public string ReferentOf(OrganisationSummary school)
        => StaffOf(school.Id, 1) is { } referent ? $"{referent.FirstName} {referent.LastName}" : $"European referent, {school.Name}";
}
