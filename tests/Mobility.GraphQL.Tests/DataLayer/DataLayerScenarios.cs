using System.Text.Json;
using Mobility.BuildingBlocks.Persistence;

namespace Mobility.GraphQL.Tests.DataLayer;

public sealed class DataLayerOnSqlite() : DataLayerScenarios(DatabaseProvider.Sqlite);

public sealed class DataLayerOnPostgres() : DataLayerScenarios(DatabaseProvider.Postgres);

/// <summary>Paging, filtering, sorting and projection over a real database, translated to SQL by EF Core.</summary>
public abstract class DataLayerScenarios(DatabaseProvider provider) : IAsyncLifetime
{
    private TravelHarness _travel = null!;

    public async Task InitializeAsync() => _travel = await TravelHarness.CreateAsync(provider);

    public async Task DisposeAsync() => await _travel.DisposeAsync();

    private static readonly List<Placement> Rows = TravelData.Joined();

    [Fact]
    public async Task Paging_forwards_visits_every_row_once_in_sort_order()
    {
        var (ids, pages) = await PageForwardsAsync("placements", "order: [{ weeks: ASC }]", 4);

        Assert.Equal(Rows.OrderBy(p => p.Weeks).ThenBy(p => p.Id).Select(p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ids);
        Assert.Equal(7, pages);
    }

    [Fact]
    public async Task Paging_backwards_visits_every_row_once_in_sort_order()
    {
        var ids = new List<string>();
        string? before = null;
        var hasPrevious = true;
        while (hasPrevious)
        {
            var page = (await _travel.DataAsync(
                "query($before: String) { placements(last: 4, before: $before, order: [{ weeks: DESC }]) { nodes { id } pageInfo { hasPreviousPage startCursor } } }",
                new() { ["before"] = before })).GetProperty("placements");
            ids.InsertRange(0, page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").ToString()));
            hasPrevious = page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean();
            before = page.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        }

        Assert.Equal(Rows.OrderByDescending(p => p.Weeks).ThenBy(p => p.Id).Select(p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ids);
    }

    [Fact]
    public async Task Pages_over_nullable_keys_and_uuid_tie_breakers_join_up_to_the_whole_list()
    {
        const string order = "order: [{ town: ASC }, { lastName: DESC }]";
        var whole = (await _travel.DataAsync($"{{ learners(first: 50, {order}) {{ nodes {{ id }} }} }}"))
            .GetProperty("learners").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();

        var (paged, _) = await PageForwardsAsync("learners", order, 5);

        Assert.Equal(TravelData.Learners.Length, whole.Distinct().Count());
        Assert.Equal(whole, paged);
        var towns = TravelData.Learners.ToDictionary(l => l.Id.ToString(), l => l.Town);
        Assert.Equal([null, null, null], whole.TakeLast(3).Select(id => towns[id]));
    }

    [Fact]
    public async Task A_cursor_still_points_to_the_same_place_after_rows_are_inserted_before_it()
    {
        const string query = "query($after: String) { placements(first: 5, after: $after, order: [{ weeks: ASC }]) { nodes { id } pageInfo { endCursor hasPreviousPage } } }";
        var first = (await _travel.DataAsync(query, new() { ["after"] = null })).GetProperty("placements");
        await _travel.WithDbAsync(async db =>
        {
            db.Placements.AddRange(Enumerable.Range(100, 3).Select(i => new Placement { Id = i, Title = "Early", Weeks = 0, HostId = 1, Start = new DateOnly(2026, 1, 1) }));
            await db.SaveChangesAsync();
        });

        var second = (await _travel.DataAsync(query, new() { ["after"] = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("placements");

        var expected = Rows.OrderBy(p => p.Weeks).ThenBy(p => p.Id).Skip(5).Take(5).Select(p => p.Id);
        Assert.Equal(expected, second.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Total_count_runs_a_count_only_when_the_operation_selects_it()
    {
        await _travel.DataAsync("{ placements(first: 3, where: { funded: { eq: true } }) { nodes { id } pageInfo { hasNextPage } } }");
        Assert.Single(_travel.Sql.Commands);
        Assert.DoesNotContain(_travel.Sql.Commands, c => c.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));

        _travel.Sql.Clear();
        var data = await _travel.DataAsync("{ placements(first: 3, where: { funded: { eq: true } }) { totalCount nodes { id } } }");

        Assert.Equal(Rows.Count(p => p.Funded), data.GetProperty("placements").GetProperty("totalCount").GetInt32());
        Assert.Equal(2, _travel.Sql.Commands.Count);
        Assert.Single(_travel.Sql.Commands, c => c.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(PlacementFilters.Cases), MemberType = typeof(PlacementFilters))]
    public async Task Every_placement_filter_selects_the_rows_it_describes_in_the_database(string where, Func<Placement, bool> expected)
    {
        var data = await _travel.DataAsync($"{{ placements(first: 50, where: {where}) {{ nodes {{ id }} }} }}");

        var ids = data.GetProperty("placements").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).Order();
        Assert.Equal(Rows.Where(expected).Select(p => p.Id).Order(), ids);
        Assert.All(_travel.Sql.Commands, c => Assert.Contains("WHERE", c, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(HostFilters.Cases), MemberType = typeof(HostFilters))]
    public async Task Collection_filters_and_escaped_patterns_select_the_hosts_they_describe(string where, int[] expected)
    {
        var data = await _travel.DataAsync($"{{ hosts(where: {where}) {{ id }} }}");

        Assert.Equal(expected, data.GetProperty("hosts").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).Order());
    }

    [Fact]
    public async Task Sorting_by_a_nested_field_then_a_descending_one_matches_the_same_order_in_memory()
    {
        var data = await _travel.DataAsync("{ placements(first: 50, order: [{ host: { country: { name: ASC } } }, { weeks: DESC }]) { nodes { id } } }");

        var expected = Rows.OrderBy(p => p.Host.Country.Name, StringComparer.Ordinal).ThenByDescending(p => p.Weeks).ThenBy(p => p.Id).Select(p => p.Id);
        Assert.Equal(expected, Ids(data.GetProperty("placements")));
    }

    [Fact]
    public async Task Sorting_by_computed_fields_runs_their_expressions_in_the_database()
    {
        var placements = await _travel.DataAsync("{ placements(first: 50, order: [{ workingDays: DESC }, { title: DESC }]) { nodes { id workingDays } } }");
        var hosts = await _travel.DataAsync("{ hosts(order: [{ label: DESC }]) { label } }");

        Assert.Equal(Rows.OrderByDescending(p => p.Weeks * 5).ThenByDescending(p => p.Title, StringComparer.Ordinal).Select(p => p.Id), Ids(placements.GetProperty("placements")));
        var labels = TravelData.Hosts.Select(h => $"{h.Name} ({TravelData.Countries.Single(c => c.Id == h.CountryId).Code})").OrderDescending(StringComparer.Ordinal);
        Assert.Equal(labels, hosts.GetProperty("hosts").EnumerateArray().Select(h => h.GetProperty("label").GetString()));
        Assert.Contains(_travel.Sql.Commands, c => c.Contains("ORDER BY", StringComparison.Ordinal) && c.Contains("* 5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Projection_reads_only_the_requested_columns_and_joins()
    {
        var data = await _travel.DataAsync("{ placements(first: 3) { nodes { title host { name } } } }");

        var sql = Assert.Single(_travel.Sql.Commands);
        Assert.Contains("\"Title\"", sql, StringComparison.Ordinal);
        Assert.Contains("\"Name\"", sql, StringComparison.Ordinal);
        Assert.Contains("JOIN", sql, StringComparison.Ordinal);
        foreach (var unwanted in new[] { "\"Grant\"", "\"Funded\"", "\"Weeks\"", "\"City\"", "\"Status\"", "\"Start\"" })
        {
            Assert.DoesNotContain(unwanted, sql, StringComparison.Ordinal);
        }

        Assert.Equal("Bäckerei Müller", data.GetProperty("placements").GetProperty("nodes")[1].GetProperty("host").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_projected_computed_field_reads_the_columns_its_expression_uses()
    {
        var data = await _travel.DataAsync("{ learners(first: 3, order: [{ lastName: ASC }]) { nodes { fullName } } }");

        var sql = Assert.Single(_travel.Sql.Commands);
        Assert.Contains("\"FirstName\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Town\"", sql, StringComparison.Ordinal);
        Assert.All(data.GetProperty("learners").GetProperty("nodes").EnumerateArray(), n => Assert.EndsWith(" Dubois", n.GetProperty("fullName").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_four_attributes_in_every_order_give_identical_results()
    {
        var fields = typeof(AttributeOrders).GetMethods().Where(m => m.Name.StartsWith("GetPlacements", StringComparison.Ordinal))
            .Select(m => "placements" + m.Name["GetPlacements".Length..]).ToList();
        const string arguments = "where: { or: [{ funded: { eq: true } }, { host: { country: { code: { eq: \"FR\" } } } }] }, order: [{ weeks: DESC }]";
        var firstPage = (await _travel.DataAsync($"{{ r: {fields[0]}(first: 3, {arguments}) {{ pageInfo {{ endCursor }} }} }}")).GetProperty("r");
        var after = firstPage.GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var results = new List<string>();
        foreach (var field in fields)
        {
            var data = await _travel.DataAsync(
                $"query($after: String) {{ r: {field}(first: 4, after: $after, {arguments}) {{ totalCount nodes {{ id title host {{ name }} }} pageInfo {{ hasNextPage hasPreviousPage }} }} }}",
                new() { ["after"] = after });
            results.Add(data.GetProperty("r").GetRawText());
        }

        Assert.Equal(24, fields.Distinct().Count());
        Assert.Single(results.Distinct());
        var expected = Rows.Where(p => p.Funded || p.Host.Country.Code == "FR").OrderByDescending(p => p.Weeks).ThenBy(p => p.Id).Skip(3).Take(4).Select(p => p.Id);
        using var document = JsonDocument.Parse(results[0]);
        Assert.Equal(expected, Ids(document.RootElement));
        Assert.Equal(Rows.Count(p => p.Funded || p.Host.Country.Code == "FR"), document.RootElement.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("first: 2, last: 2", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("first: -1", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("last: -3", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("first: 51", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("first: 2, after: \"bm90IGEgY3Vyc29y\"", "INVALID_CURSOR")]
    [InlineData("first: 2, before: \"%%%\"", "INVALID_CURSOR")]
    public async Task Invalid_paging_arguments_give_an_error_with_a_code(string arguments, string code)
    {
        var result = await _travel.RunAsync($"{{ placements({arguments}) {{ nodes {{ id }} }} }}");

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("placements").ValueKind);
    }

    [Fact]
    public async Task A_cursor_issued_for_another_order_is_rejected()
    {
        var page = await _travel.DataAsync("{ placements(first: 2, order: [{ weeks: ASC }]) { pageInfo { endCursor } } }");
        var cursor = page.GetProperty("placements").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var result = await _travel.RunAsync("query($c: String) { placements(first: 2, after: $c, order: [{ title: ASC }]) { nodes { id } } }", new() { ["c"] = cursor });

        Assert.Equal("INVALID_CURSOR", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<(List<string> Ids, int Pages)> PageForwardsAsync(string field, string order, int size)
    {
        var ids = new List<string>();
        string? after = null;
        var pages = 0;
        var hasNext = true;
        while (hasNext)
        {
            var page = (await _travel.DataAsync(
                $"query($after: String) {{ {field}(first: {size}, after: $after, {order}) {{ edges {{ cursor node {{ id }} }} pageInfo {{ hasNextPage hasPreviousPage endCursor }} }} }}",
                new() { ["after"] = after })).GetProperty(field);
            var edges = page.GetProperty("edges").EnumerateArray().ToList();
            ids.AddRange(edges.Select(e => e.GetProperty("node").GetProperty("id").ToString()));
            Assert.Equal(pages > 0, page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            hasNext = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean();
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
            Assert.Equal(edges[^1].GetProperty("cursor").GetString(), after);
            pages++;
        }

        return (ids, pages);
    }

    private static IEnumerable<int> Ids(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32());
}
