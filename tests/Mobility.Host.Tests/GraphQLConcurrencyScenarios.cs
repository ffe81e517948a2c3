using System.Text.Json;
using Mobility.BuildingBlocks.Persistence;
using Mobility.TestKit;

namespace Mobility.Host.Tests;

public abstract class GraphQLConcurrencyScenarios(DatabaseProvider provider)
{
    // Root fields of both modules and nested data-loader hops (consortium → member organisation → sent placements →
    // host organisation) all use EnrolmentDbContext or PlacementsDbContext at the same time.
    private const string Query = """
        query($organisation: ID!, $consortium: UUID!) {
          organisations { nodes { id name } }
          consortia { name coordinator { name } }
          hostOrganisations { nodes { id country } }
          others: hostOrganisations(first: 50) { nodes { name } }
          qualifications { nationalName }
          organisation(id: $organisation) { sentPlacements { status hostOrganisation { name } } }
          consortium(id: $consortium) { members { organisation { sentPlacements { id hostOrganisation { city } } } } }
          tutoringTeams(consortiumId: $consortium) { tutorSchool { name } }
        }
        """;

    [Fact]
    public async Task Parallel_root_fields_and_nested_data_loader_hops_never_share_a_DbContext()
    {
        await using var platform = await RunningPlatform.StartAsync(provider);
        // The demo's largest consortium (the Paris one, with tutoring teams), one of its schools that sent learners
        // abroad, and a coordinator of that consortium signed in with an API token.
        var senders = await platform.AsPlatformAsync("{ organisations(first: 50) { nodes { id sentPlacements { id } } } }");
        var sending = senders.GetProperty("organisations").GetProperty("nodes").EnumerateArray()
            .Where(o => o.GetProperty("sentPlacements").GetArrayLength() > 0).Select(o => o.GetProperty("id").NodeKey()).ToHashSet();
        var consortia = await platform.AsPlatformAsync("{ consortia { id members { organisation { id } } } }");
        var largest = consortia.GetProperty("consortia").EnumerateArray().MaxBy(c => c.GetProperty("members").GetArrayLength());
        var consortium = largest.GetProperty("id").NodeKey();
        var organisation = largest.GetProperty("members").EnumerateArray()
            .Select(m => m.GetProperty("organisation").GetProperty("id").NodeKey()).First(sending.Contains);
        var token = await platform.UserWithTokenAsync(
            "coordinator@paris.example", "--role", "ConsortiumCoordinator", "--coordinates", consortium.ToString());

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            GraphQLRequests.PostAsync(platform.Client, Query, new { organisation, consortium }, token: token)));

        foreach (var result in results)
        {
            using (result)
            {
                Assert.Equal("", GraphQLRequests.Errors(result));
                var data = result.RootElement.GetProperty("data");
                Assert.NotEqual(0, data.GetProperty("hostOrganisations").GetProperty("nodes").GetArrayLength());
                Assert.NotEqual(0, data.GetProperty("tutoringTeams").GetArrayLength());
                var sent = data.GetProperty("organisation").GetProperty("sentPlacements");
                Assert.NotEqual(0, sent.GetArrayLength());
                Assert.Contains(sent.EnumerateArray(), p => p.GetProperty("hostOrganisation").ValueKind == JsonValueKind.Object);
                Assert.Contains(
                    data.GetProperty("consortium").GetProperty("members").EnumerateArray(),
                    m => m.GetProperty("organisation").GetProperty("sentPlacements").GetArrayLength() > 0);
            }
        }
    }
}

public sealed class GraphQLConcurrencyScenariosOnSqlite() : GraphQLConcurrencyScenarios(DatabaseProvider.Sqlite);

public sealed class GraphQLConcurrencyScenariosOnPostgres() : GraphQLConcurrencyScenarios(DatabaseProvider.Postgres);
