namespace Mobility.GraphQL.Tests.DataLayer;

/// <summary>Each filter operation on placements with the same predicate written in C#.</summary>
public static class PlacementFilters
{
    public static TheoryData<string, Func<Placement, bool>> Cases => new()
    {
        { """{ title: { eq: "Placement 03" } }""", p => p.Title == "Placement 03" },
        { """{ title: { neq: "Placement 03" } }""", p => p.Title != "Placement 03" },
        { """{ title: { in: ["Placement 01", "Placement 02"] } }""", p => p.Title is "Placement 01" or "Placement 02" },
        { """{ title: { nin: ["Placement 01", "Placement 02"] } }""", p => p.Title is not ("Placement 01" or "Placement 02") },
        { """{ title: { contains: "kitchen" } }""", p => p.Title.Contains("kitchen", StringComparison.Ordinal) },
        { """{ title: { ncontains: "kitchen" } }""", p => !p.Title.Contains("kitchen", StringComparison.Ordinal) },
        { """{ title: { startsWith: "Placement 1" } }""", p => p.Title.StartsWith("Placement 1", StringComparison.Ordinal) },
        { """{ title: { nstartsWith: "Placement 1" } }""", p => !p.Title.StartsWith("Placement 1", StringComparison.Ordinal) },
        { """{ title: { endsWith: ")" } }""", p => p.Title.EndsWith(')') },
        { """{ title: { nendsWith: ")" } }""", p => !p.Title.EndsWith(')') },
        { """{ title: { or: [{ eq: "Placement 01" }, { endsWith: "5" }] } }""", p => p.Title == "Placement 01" || p.Title.EndsWith('5') },
        { "{ weeks: { eq: 5 } }", p => p.Weeks == 5 },
        { "{ weeks: { neq: 5 } }", p => p.Weeks != 5 },
        { "{ weeks: { in: [2, 3] } }", p => p.Weeks is 2 or 3 },
        { "{ weeks: { nin: [2, 3] } }", p => p.Weeks is not (2 or 3) },
        { "{ weeks: { gt: 6 } }", p => p.Weeks > 6 },
        { "{ weeks: { ngt: 6 } }", p => p.Weeks <= 6 },
        { "{ weeks: { gte: 6 } }", p => p.Weeks >= 6 },
        { "{ weeks: { ngte: 6 } }", p => p.Weeks < 6 },
        { "{ weeks: { lt: 4 } }", p => p.Weeks < 4 },
        { "{ weeks: { nlt: 4 } }", p => p.Weeks >= 4 },
        { "{ weeks: { lte: 4 } }", p => p.Weeks <= 4 },
        { "{ weeks: { nlte: 4 } }", p => p.Weeks > 4 },
        { "{ grant: { gte: 201 } }", p => p.Grant >= 201 },
        { """{ start: { lt: "2026-06-01" } }""", p => p.Start < new DateOnly(2026, 6, 1) },
        { "{ status: { eq: CONFIRMED } }", p => p.Status == PlacementStatus.Confirmed },
        { "{ status: { neq: CONFIRMED } }", p => p.Status != PlacementStatus.Confirmed },
        { "{ status: { in: [PLANNED, COMPLETED] } }", p => p.Status is PlacementStatus.Planned or PlacementStatus.Completed },
        { "{ status: { nin: [PLANNED, COMPLETED] } }", p => p.Status is not (PlacementStatus.Planned or PlacementStatus.Completed) },
        { "{ funded: { eq: true } }", p => p.Funded },
        { "{ funded: { neq: true } }", p => !p.Funded },
        { "{ learnerId: { eq: null } }", p => p.LearnerId is null },
        { "{ learnerId: { neq: null } }", p => p.LearnerId is not null },
        { "{ and: [{ weeks: { gt: 3 } }, { funded: { eq: true } }] }", p => p.Weeks > 3 && p.Funded },
        { "{ or: [{ weeks: { gt: 8 } }, { status: { eq: PLANNED } }] }", p => p.Weeks > 8 || p.Status == PlacementStatus.Planned },
        { "{ not: { status: { eq: PLANNED } } }", p => p.Status != PlacementStatus.Planned },
        { "{ not: { or: [{ funded: { eq: true } }, { weeks: { lt: 5 } }] } }", p => !(p.Funded || p.Weeks < 5) },
        { """{ host: { country: { code: { eq: "FR" } } } }""", p => p.Host.Country.Code == "FR" },
        { """{ learner: { lastName: { eq: "Nowak" } } }""", p => p.Learner?.LastName == "Nowak" },
        { """{ not: { learner: { lastName: { eq: "Nowak" } } } }""", p => p.Learner?.LastName != "Nowak" },
        { "{ workingDays: { gte: 30 } }", p => p.Weeks * 5 >= 30 },
        { """{ learner: { fullName: { eq: "Zoé Nowak" } } }""", p => p.Learner is { FirstName: "Zoé", LastName: "Nowak" } },
        { """{ host: { label: { endsWith: "(PL)" } } }""", p => p.Host.Country.Code == "PL" },
        { """{ host: { city: { eq: "łódź", mode: INSENSITIVE } } }""", p => p.Host.City == "Łódź" },
        { """{ host: { city: { eq: "łódź" } } }""", _ => false },
        { """{ host: { name: { startsWith: "éCOLE", mode: INSENSITIVE } } }""", p => p.Host.Name.StartsWith("École", StringComparison.Ordinal) },
        { """{ host: { name: { contains: "MÜLLER", mode: INSENSITIVE } } }""", p => p.Host.Name.Contains("Müller", StringComparison.Ordinal) },
        { """{ host: { city: { in: ["PARIS", "KÖLN"], mode: INSENSITIVE } } }""", p => p.Host.City is "Paris" or "Köln" },
        { """{ host: { city: { neq: "ŁÓDŹ", mode: INSENSITIVE } } }""", p => p.Host.City != "Łódź" },
        { """{ host: { city: { or: [{ eq: "paris" }, { eq: "köln" }], mode: INSENSITIVE } } }""", p => p.Host.City is "Paris" or "Köln" },
    };
}

/// <summary>Collection operations and patterns with LIKE wildcards on hosts, with the ids they must select.</summary>
public static class HostFilters
{
    public static TheoryData<string, int[]> Cases => new()
    {
        { "{ placements: { some: { weeks: { gt: 9 } } } }", Expected(h => h.Any(p => p.Weeks > 9)) },
        { "{ placements: { all: { funded: { eq: true } } } }", Expected(h => h.All(p => p.Funded)) },
        { "{ placements: { none: { status: { eq: COMPLETED } } } }", Expected(h => !h.Any(p => p.Status == PlacementStatus.Completed)) },
        { "{ placements: { any: false } }", [6] },
        { "{ placements: { any: true } }", [1, 2, 3, 4, 5] },
        { """{ name: { contains: "%" } }""", [4] },
        { """{ name: { contains: "_" } }""", [5] },
        { """{ name: { startsWith: "100%" } }""", [4] },
        { """{ name: { endsWith: "_Shop" } }""", [5] },
        { """{ name: { contains: "s_S", mode: INSENSITIVE } }""", [5] },
        { """{ name: { eq: "Łódź Works" } }""", [1] },
        { """{ city: { eq: null } }""", [4] },
    };

    private static int[] Expected(Func<IEnumerable<Placement>, bool> predicate) =>
        [.. TravelData.Hosts.Where(h => predicate(TravelData.Placements.Where(p => p.HostId == h.Id))).Select(h => h.Id).Order()];
}
