using System.Text.Json;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Security;
using Mobility.TestKit;

namespace Mobility.Host.Tests;

/// <summary>
/// Paging, filtering and sorting on the platform's own lists, through the running host as the demo coordinator,
/// checked against the same rows filtered and sorted in the test, and against the SQL the databases received.
/// </summary>
public abstract class CoordinatorListScenarios(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Fields = "id firstName lastName fullName birthDate school { name }";

    private RunningPlatform _platform = null!;
    private string _token = null!;
    private List<Learner> _all = null!;

    public async Task InitializeAsync()
    {
        _platform = await RunningPlatform.StartAsync(provider);
        _token = await _platform.TokenAsync(PlatformRole.ConsortiumCoordinator);
        _all = await AllAsync("{}", "[{ id: ASC }]");
    }

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    [Fact]
    public async Task Paging_forwards_and_backwards_walks_the_same_rows_in_opposite_orders()
    {
        const string Order = "[{ lastName: ASC }, { firstName: DESC }]";
        var forwards = await AllAsync("{}", Order, pageSize: 17);
        var backwards = new List<Learner>();
        string? before = null;
        do
        {
            var page = await PageAsync($"learners(last: 17, before: {Json(before)}, order: {Order})");
            backwards.InsertRange(0, Nodes(page));
            before = page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("startCursor").GetString() : null;
        }
        while (before is not null);

        Assert.Equal(_all.Count, forwards.Count);
        Assert.Equal(forwards.Select(l => l.Id), backwards.Select(l => l.Id));
        Assert.Equal(_all.OrderBy(l => l.LastName, StringComparer.Ordinal).ThenByDescending(l => l.FirstName, StringComparer.Ordinal).ThenBy(l => l.Id).Select(l => l.LastName + "|" + l.FirstName),
            forwards.Select(l => l.LastName + "|" + l.FirstName));
    }

    [Fact]
    public async Task A_page_after_a_cursor_stays_the_same_when_rows_are_inserted_before_the_cursor()
    {
        const string Order = "[{ lastName: ASC }, { firstName: ASC }]";
        var first = await PageAsync($"learners(first: 5, order: {Order})", totalCount: true);
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = Nodes(await PageAsync($"learners(first: 5, after: {Json(cursor)}, order: {Order})"));
        var school = (await GraphQLRequests.DataAsync(_platform.Client, "{ me { memberships { id } } }", await _platform.TokenAsync(PlatformRole.SchoolStaff)))
            .GetProperty("me").GetProperty("memberships")[0].GetProperty("id").NodeKey();
        var qualification = (await _platform.AsPlatformAsync("{ qualifications { id } }")).GetProperty("qualifications")[0].GetProperty("id").NodeKey();

        var registered = await GraphQLRequests.DataAsync(_platform.Client, """
            mutation($school: ID!, $qualification: UUID!) {
              registerLearner(input: { firstName: "Adèle", lastName: "Aaberg", birthDate: "2008-02-03", gender: FEMALE, nationality: "FR",
                                       schoolId: $school, qualificationId: $qualification, programmeYear: 1 }) {
                learner { id } errors { __typename ... on Error { message } }
              }
            }
            """, _token, new { school, qualification });
        var again = Nodes(await PageAsync($"learners(first: 5, after: {Json(cursor)}, order: {Order})"));
        var firstAgain = await PageAsync($"learners(first: 5, order: {Order})", totalCount: true);

        Assert.Equal(JsonValueKind.Null, registered.GetProperty("registerLearner").GetProperty("errors").ValueKind);
        Assert.Equal(second.Select(l => l.Id), again.Select(l => l.Id));
        Assert.Equal("Aaberg", Nodes(firstAgain)[0].LastName);
        Assert.Equal(first.GetProperty("totalCount").GetInt32() + 1, firstAgain.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Total_count_is_computed_only_when_asked_and_the_page_reads_one_row_more_than_it_shows()
    {
        using var log = SqlCommandLog.For(_platform.Database);
        await PageAsync("learners(first: 1)");
        const string Query = """learners(first: 10, where: { fullName: { contains: "a", mode: INSENSITIVE }, birthDate: { gte: "2000-01-01" } }, order: [{ lastName: DESC }])""";

        using (log.Record())
        {
            await PageAsync(Query);
        }

        var withoutCount = log.Commands.ToList();
        var reads = log.Reads.ToList();
        using (log.Record())
        {
            await PageAsync(Query, totalCount: true);
        }

        var page = Assert.Single(withoutCount, c => c.Contains("learners", StringComparison.OrdinalIgnoreCase) && c.Contains("LIMIT", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("WHERE", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("lower(", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ORDER BY", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(withoutCount, c => c.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
        // 11 rows (the page of 10 and one that tells there is a next page), then the Read() that found no more.
        Assert.Equal(11 + 1, reads.Single(r => r.Command == page).ReadCalls);
        Assert.Contains(log.Commands, c => c.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Every_operator_family_filters_in_SQL_exactly_as_the_same_predicate_in_memory()
    {
        var someone = _all[_all.Count / 2];
        var others = _all.Take(3).Select(l => l.Id).ToList();
        var limit = someone.BirthDate;
        var schoolPrefix = someone.School[..^2];
        var cases = new (string Where, Func<Learner, bool> Expected)[]
        {
            ($$"""{ lastName: { eq: {{Json(someone.LastName)}} } }""", l => l.LastName == someone.LastName),
            ($$"""{ lastName: { neq: {{Json(someone.LastName)}} } }""", l => l.LastName != someone.LastName),
            ($$"""{ id: { in: {{Json(others)}} } }""", l => others.Contains(l.Id)),
            ($$"""{ id: { nin: {{Json(others)}} } }""", l => !others.Contains(l.Id)),
            ("""{ firstName: { contains: "an" } }""", l => l.FirstName.Contains("an", StringComparison.Ordinal)),
            ("""{ lastName: { startsWith: "M" } }""", l => l.LastName.StartsWith('M')),
            ($$"""{ lastName: { eq: {{Json(someone.LastName.ToUpperInvariant())}}, mode: INSENSITIVE } }""", l => string.Equals(l.LastName, someone.LastName, StringComparison.OrdinalIgnoreCase)),
            ("""{ fullName: { contains: "MA", mode: INSENSITIVE } }""", l => l.FullName.Contains("ma", StringComparison.OrdinalIgnoreCase)),
            ($$"""{ birthDate: { gt: {{Json(limit)}} } }""", l => l.BirthDate > limit),
            ($$"""{ birthDate: { gte: {{Json(limit)}} } }""", l => l.BirthDate >= limit),
            ($$"""{ birthDate: { lt: {{Json(limit)}} } }""", l => l.BirthDate < limit),
            ($$"""{ birthDate: { lte: {{Json(limit)}} } }""", l => l.BirthDate <= limit),
            ($$"""{ school: { name: { startsWith: {{Json(schoolPrefix)}} } } }""", l => l.School.StartsWith(schoolPrefix, StringComparison.Ordinal)),
            ($$"""{ and: [{ firstName: { contains: "e" } }, { birthDate: { lt: {{Json(limit)}} } }] }""", l => l.FirstName.Contains('e', StringComparison.Ordinal) && l.BirthDate < limit),
            ("""{ or: [{ lastName: { startsWith: "B" } }, { firstName: { startsWith: "L" } }] }""", l => l.LastName.StartsWith('B') || l.FirstName.StartsWith('L')),
            ("""{ not: { fullName: { contains: "e" } } }""", l => !l.FullName.Contains('e', StringComparison.Ordinal)),
        };

        foreach (var (where, expected) in cases)
        {
            var seen = await AllAsync(where, "[{ id: ASC }]");
            var wanted = _all.Where(expected).Select(l => l.Id).Order().ToList();
            Assert.True(wanted.SequenceEqual(seen.Select(l => l.Id).Order()), $"{where}: expected {wanted.Count}, got {seen.Count}");
        }

        // Each case keeps some rows and drops others, so none passes by accident.
        Assert.All(cases, c => Assert.InRange(_all.Count(c.Expected), 1, _all.Count - 1));
    }

    [Fact]
    public async Task Sorting_on_several_keys_nested_and_computed_composes_with_filtering_and_paging_in_any_argument_order()
    {
        var a = await PageAsync("""learners(first: 30, where: { birthDate: { gte: "1990-01-01" } }, order: [{ school: { name: DESC } }, { fullName: ASC }])""");
        var b = await PageAsync("""learners(order: [{ school: { name: DESC } }, { fullName: ASC }], where: { birthDate: { gte: "1990-01-01" } }, first: 30)""");

        var expected = _all.Where(l => l.BirthDate >= new DateOnly(1990, 1, 1))
            .OrderByDescending(l => l.School, StringComparer.Ordinal).ThenBy(l => l.FullName, StringComparer.Ordinal).ThenBy(l => l.Id)
            .Take(30).Select(l => l.School + "|" + l.FullName);
        Assert.Equal(expected, Nodes(a).Select(l => l.School + "|" + l.FullName));
        Assert.Equal(Nodes(a).Select(l => l.Id), Nodes(b).Select(l => l.Id));
    }

    private async Task<List<Learner>> AllAsync(string where, string order, int pageSize = 50)
    {
        var all = new List<Learner>();
        string? after = null;
        do
        {
            var page = await PageAsync($"learners(first: {pageSize}, after: {Json(after)}, where: {where}, order: {order})");
            all.AddRange(Nodes(page));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        return all;
    }

    private async Task<JsonElement> PageAsync(string field, bool totalCount = false)
    {
        var data = await GraphQLRequests.DataAsync(_platform.Client,
            $"{{ {field} {{ {(totalCount ? "totalCount" : "")} pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} nodes {{ {Fields} }} }} }}", _token);
        return data.GetProperty("learners");
    }

    private static List<Learner> Nodes(JsonElement page) =>
        [.. page.GetProperty("nodes").EnumerateArray().Select(n => new Learner(
            n.GetProperty("id").NodeKey(), n.GetProperty("firstName").GetString()!, n.GetProperty("lastName").GetString()!,
            n.GetProperty("fullName").GetString()!, DateOnly.Parse(n.GetProperty("birthDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            n.GetProperty("school").GetProperty("name").GetString()!))];

    private static string Json(object? value) => JsonSerializer.Serialize(value);

    private sealed record Learner(Guid Id, string FirstName, string LastName, string FullName, DateOnly BirthDate, string School);
}

public sealed class CoordinatorListScenariosOnSqlite() : CoordinatorListScenarios(DatabaseProvider.Sqlite);

public sealed class CoordinatorListScenariosOnPostgres() : CoordinatorListScenarios(DatabaseProvider.Postgres);
