namespace Mobility.Enrolment.Demo;

/// <summary>
/// CAPMOB 2.0's five calls, one per mobility window, whose selections add up to the project's 471 learners. The
/// spring 2020 call's period runs to the project's end: a mobility the pandemic stopped could be postponed, not lost.
/// </summary>
internal static class ParisCalls
{
    private const string Title = "CAPMOB 2.0 – work placements abroad, ";

    public static readonly IReadOnlyList<DemoCall> All =
    [
        new("capmob-2018-autumn", Title + "autumn 2018", new(2018, 9, 17), new(2018, 10, 5), new(2018, 10, 15),
            new(2018, 10, 29), new(2019, 1, 11), 60),
        new("capmob-2019", Title + "spring 2019", new(2018, 10, 1), new(2018, 11, 30), new(2019, 1, 7),
            new(2019, 1, 14), new(2019, 6, 28), 120),
        new("capmob-2019-autumn", Title + "autumn 2019", new(2019, 5, 13), new(2019, 6, 14), new(2019, 7, 1),
            new(2019, 9, 2), new(2019, 12, 20), 110),
        new("capmob-2020", Title + "spring 2020", new(2019, 9, 30), new(2019, 11, 8), new(2019, 12, 2),
            new(2020, 1, 6), new(2021, 2, 26), 100),
        new("capmob-2020-autumn", Title + "autumn 2020 and early 2021", new(2020, 6, 2), new(2020, 6, 26), new(2020, 7, 10),
            new(2020, 9, 7), new(2021, 2, 26), 81),
    ];
}
