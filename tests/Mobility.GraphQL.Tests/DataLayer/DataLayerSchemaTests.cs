using Mobility.GraphQL.Execution;
using Mobility.TestKit;

namespace Mobility.GraphQL.Tests.DataLayer;

public sealed class CountryQueries
{
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Country> GetCountries([Service] TravelDb db) => db.Countries;
}

public sealed class DataLayerSchemaTests
{
    [Fact]
    public void The_sdl_of_a_paged_filtered_sorted_field_has_hot_chocolates_shapes()
    {
        var sdl = new GraphQLSchemaBuilder().AddQueryType<CountryQueries>().Build().Sdl;

        GoldenFile.AssertMatches("tests/Mobility.GraphQL.Tests/DataLayer/countries.graphql", sdl);
        foreach (var shape in new[] { "  where: CountryFilterInput\n", "  order: [CountrySortInput!]\n", "): CountriesConnection\n", "type CountriesConnection {", "type CountriesEdge {", "type PageInfo {", "input CountryFilterInput {", "input StringOperationFilterInput {", "input IntOperationFilterInput {", "input CountrySortInput {", "enum SortEnumType {" })
        {
            Assert.Contains(shape, sdl, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Paging_arguments_size_the_edges_and_nodes_in_the_cost_analysis()
    {
        var executor = new GraphQLExecutor(TravelHarness.Schema);

        var sliced = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ placements(first: 3) { nodes { host { name } } } }", Cost = CostRequest.Validate });
        var unsliced = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ placements { edges { node { id } } } }", Cost = CostRequest.Validate });

        // placements 1 + nodes 1 + host 3; objects: root, connection, 3 placements, 3 hosts
        Assert.Contains("\"operationCost\":{\"fieldCost\":5,\"typeCost\":8}", sliced.ToJson(), StringComparison.Ordinal);
        // no first/last: the default page size (10); placements 1 + edges 1 + node 10; objects: 1 + 1 + 10 edges + 10 nodes
        Assert.Contains("\"operationCost\":{\"fieldCost\":12,\"typeCost\":22}", unsliced.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_paged_field_over_an_entity_without_a_key_fails_at_start_up()
    {
        var error = Assert.Throws<GraphQLSchemaException>(() => new GraphQLSchemaBuilder().AddQueryType<KeylessQueries>().Build());

        Assert.Contains("needs a key", error.Message, StringComparison.Ordinal);
    }

    public sealed class Keyless
    {
        public string Name { get; set; } = "";
    }

    public sealed class KeylessQueries
    {
        [UsePaging]
        public static IQueryable<Keyless> GetKeyless() => Array.Empty<Keyless>().AsQueryable();
    }
}
