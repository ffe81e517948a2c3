using System.Text.Json;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Security;
using Mobility.TestKit;

namespace Mobility.Host.Tests;

/// <summary>The coordinator API through the running host's /graphql, over the demo consortia.</summary>
public abstract class CoordinatorApiScenarios(DatabaseProvider provider) : IAsyncLifetime
{
    /// <summary>
    /// A page of placements with everything a coordinator's list shows (as the platform, which sees both demo
    /// consortia: the apprentices with employers come first). The page itself, with host organisation,
    /// host tutor and sending company, is one SQL query (left joins inside Placements); the learners with their
    /// schools are one batched query in Enrolment; the sending organisations one more. So 3, whatever the page
    /// size: an N+1 would send about 50 per hop.
    /// </summary>
    private const int MaxCommandsForAPageOfPlacements = 3;

    private const string PageOfPlacements = """
        query($first: Int!) {
          placements(first: $first, order: [{ sendingCompany: { name: ASC } }, { startsOn: DESC }]) {
            nodes {
              id status startsOn
              learner { fullName school { name } }
              sendingOrganisation { name }
              hostOrganisation { name city }
              hostTutor { name email }
              sendingCompany { name agreement }
            }
          }
        }
        """;

    private RunningPlatform _platform = null!;

    public async Task InitializeAsync() => _platform = await RunningPlatform.StartAsync(provider);

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    [Fact]
    public async Task A_page_of_50_placements_with_learner_host_tutor_and_sending_company_costs_a_fixed_small_number_of_SQL_commands()
    {
        using var log = SqlCommandLog.For(_platform.Database);

        JsonElement data;
        using (log.Record())
        {
            data = await GraphQLRequests.DataAsync(_platform.Client, PageOfPlacements, Viewer.System, new { first = 50 });
        }

        var nodes = data.GetProperty("placements").GetProperty("nodes");
        Assert.Equal(50, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), p => Assert.Equal(JsonValueKind.Object, p.GetProperty("hostOrganisation").ValueKind));
        Assert.Contains(nodes.EnumerateArray(), p => p.GetProperty("learner").ValueKind == JsonValueKind.Object);
        Assert.Contains(nodes.EnumerateArray(), p => p.GetProperty("hostTutor").ValueKind == JsonValueKind.Object);
        Assert.Contains(nodes.EnumerateArray(), p => p.GetProperty("sendingCompany").ValueKind == JsonValueKind.Object);
        Assert.True(log.Commands.Count <= MaxCommandsForAPageOfPlacements, string.Join("\n---\n", log.Commands));
        Assert.Contains(log.Commands, c => c.Contains("JOIN", StringComparison.OrdinalIgnoreCase) && c.Contains("LIMIT", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_coordinator_sees_exactly_the_learners_staff_and_placements_of_their_consortium_members()
    {
        var (consortium, members, others) = await LargestConsortiumAsync();
        var coordinator = TestViewers.Coordinator(consortium, members);
        var filter = new { members = members.ToArray() };

        var seen = await GraphQLRequests.DataAsync(_platform.Client, """
            { learners(first: 50) { totalCount nodes { school { id } } }
              staff(first: 50) { totalCount nodes { organisation { id } } }
              placements(first: 50) { totalCount nodes { sendingOrganisation { id } } } }
            """, coordinator);
        var expected = await GraphQLRequests.DataAsync(_platform.Client, """
            query($members: [UUID!]) {
              learners(where: { school: { id: { in: $members } } }) { totalCount }
              staff(where: { organisation: { id: { in: $members } } }) { totalCount }
            }
            """, Viewer.System, filter);

        Assert.True(Total(seen, "learners") > 0);
        Assert.Equal(Total(expected, "learners"), Total(seen, "learners"));
        Assert.Equal(Total(expected, "staff"), Total(seen, "staff"));
        Assert.All(Nodes(seen, "learners"), l => Assert.Contains(l.GetProperty("school").GetProperty("id").GetGuid(), members));
        Assert.All(Nodes(seen, "staff"), s => Assert.Contains(s.GetProperty("organisation").GetProperty("id").GetGuid(), members));
        Assert.All(Nodes(seen, "placements"), p => Assert.DoesNotContain(p.GetProperty("sendingOrganisation").GetProperty("id").GetGuid(), others));
    }

    [Fact]
    public async Task School_staff_see_their_own_school_only_and_lookups_outside_it_are_null()
    {
        var (_, members, _) = await LargestConsortiumAsync();
        var learners = await GraphQLRequests.DataAsync(_platform.Client, "{ learners(first: 50) { nodes { id school { id } } } }", Viewer.System);
        var bySchool = Nodes(learners, "learners").GroupBy(l => l.GetProperty("school").GetProperty("id").GetGuid()).Where(g => members.Contains(g.Key)).ToList();
        var school = bySchool[0].Key;
        var elsewhere = Nodes(learners, "learners").First(l => l.GetProperty("school").GetProperty("id").GetGuid() != school).GetProperty("id").GetGuid();
        var staff = TestViewers.SchoolStaff(school);

        var seen = await GraphQLRequests.DataAsync(_platform.Client, """
            query($other: UUID!) {
              learners(first: 50) { totalCount nodes { school { id } } }
              placements(first: 50) { nodes { sendingOrganisation { id } } }
              learner(id: $other) { id }
            }
            """, staff, new { other = elsewhere });

        Assert.NotEmpty(Nodes(seen, "learners"));
        Assert.All(Nodes(seen, "learners"), l => Assert.Equal(school, l.GetProperty("school").GetProperty("id").GetGuid()));
        Assert.All(Nodes(seen, "placements"), p => Assert.Equal(school, p.GetProperty("sendingOrganisation").GetProperty("id").GetGuid()));
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("learner").ValueKind);
    }

    [Fact]
    public async Task A_host_tutor_sees_only_the_placements_they_tutor_and_their_learners_through_them()
    {
        var all = await GraphQLRequests.DataAsync(_platform.Client,
            "{ placements(first: 50, where: { hostTutor: { email: { neq: null } } }) { nodes { id hostTutor { email } learner { id } } } }", Viewer.System);
        var email = Nodes(all, "placements").First(p => p.GetProperty("learner").ValueKind == JsonValueKind.Object)
            .GetProperty("hostTutor").GetProperty("email").GetString()!;
        var notTheirs = Nodes(all, "placements").First(p => p.GetProperty("hostTutor").GetProperty("email").GetString() != email).GetProperty("id").GetGuid();
        var expected = await GraphQLRequests.DataAsync(_platform.Client,
            "query($email: String!) { placements(where: { hostTutor: { email: { eq: $email, mode: INSENSITIVE } } }) { totalCount } }",
            Viewer.System, new { email });

        var seen = await GraphQLRequests.DataAsync(_platform.Client, """
            query($other: UUID!) {
              placements(first: 50) { totalCount nodes { hostTutor { email } learner { id fullName } } }
              learners { totalCount }
              placement(id: $other) { id }
            }
            """, TestViewers.HostTutor(email.ToUpperInvariant()), new { other = notTheirs });

        Assert.Equal(Total(expected, "placements"), Total(seen, "placements"));
        Assert.All(Nodes(seen, "placements"), p => Assert.Equal(email, p.GetProperty("hostTutor").GetProperty("email").GetString(), ignoreCase: true));
        Assert.Contains(Nodes(seen, "placements"), p => p.GetProperty("learner").ValueKind == JsonValueKind.Object);
        Assert.Equal(0, Total(seen, "learners"));
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("placement").ValueKind);
    }

    [Fact]
    public async Task A_learner_sees_themself_and_their_own_placements_only()
    {
        var placed = await GraphQLRequests.DataAsync(_platform.Client,
            "{ placements(first: 1, where: { kind: { eq: SHORT_TERM_LEARNER } }) { nodes { learner { id } } } }", Viewer.System);
        var learner = Nodes(placed, "placements").Single().GetProperty("learner").GetProperty("id").GetGuid();

        var seen = await GraphQLRequests.DataAsync(_platform.Client,
            "{ learners { nodes { id placements { id } } } placements { totalCount nodes { learner { id } } } staff { totalCount } }",
            TestViewers.Learner(learner));

        Assert.Equal(learner, Assert.Single(Nodes(seen, "learners")).GetProperty("id").GetGuid());
        Assert.True(Total(seen, "placements") >= 1);
        Assert.All(Nodes(seen, "placements"), p => Assert.Equal(learner, p.GetProperty("learner").GetProperty("id").GetGuid()));
        Assert.Equal(0, Total(seen, "staff"));
    }

    [Fact]
    public async Task A_funder_gets_no_person_anywhere_but_may_read_organisations_and_hosts()
    {
        var (consortium, _, _) = await LargestConsortiumAsync();
        var someLearner = Nodes(await GraphQLRequests.DataAsync(_platform.Client, "{ learners(first: 1) { nodes { id } } }", Viewer.System), "learners")
            .Single().GetProperty("id").GetGuid();

        using var result = await GraphQLRequests.PostAsync(_platform.Client, """
            query($learner: UUID!, $consortium: UUID!) {
              learners { totalCount nodes { firstName } }
              staff { totalCount nodes { lastName } }
              applications { totalCount nodes { learner { lastName } } }
              placements { totalCount nodes { hostTutor { name } } }
              sendingCompanies { totalCount nodes { contactName } }
              learner(id: $learner) { firstName }
              organisations(first: 5) { totalCount nodes { name sentPlacements { id } } }
              hostOrganisations(first: 5) { totalCount nodes { name contactName contactEmail contactPhone } }
              consortium(id: $consortium) { members { organisation { sentPlacements { learner { lastName } } } } }
            }
            """, new { learner = someLearner, consortium }, viewer: TestViewers.Funder());

        Assert.Equal("", GraphQLRequests.Errors(result));
        var data = result.RootElement.GetProperty("data");
        foreach (var list in new[] { "learners", "staff", "applications", "placements", "sendingCompanies" })
        {
            Assert.Equal(0, Total(data, list));
        }

        Assert.Equal(JsonValueKind.Null, data.GetProperty("learner").ValueKind);
        Assert.True(Total(data, "organisations") > 0 && Total(data, "hostOrganisations") > 0);
        Assert.All(Nodes(data, "organisations"), o => Assert.Equal(0, o.GetProperty("sentPlacements").GetArrayLength()));
        Assert.All(Nodes(data, "hostOrganisations"), h =>
        {
            Assert.Equal(JsonValueKind.Null, h.GetProperty("contactName").ValueKind);
            Assert.Equal(JsonValueKind.Null, h.GetProperty("contactEmail").ValueKind);
        });
        Assert.All(data.GetProperty("consortium").GetProperty("members").EnumerateArray(),
            m => Assert.Equal(0, m.GetProperty("organisation").GetProperty("sentPlacements").GetArrayLength()));
    }

    [Fact]
    public async Task Nobody_signed_in_gets_anything_but_typename_and_introspection()
    {
        using var open = await AnonymousAsync("{ __typename __schema { queryType { name } } }");
        using var closed = await AnonymousAsync("{ learners { totalCount } placements { totalCount } organisations { totalCount } hostOrganisations { totalCount } }");

        Assert.Equal("Query", open.RootElement.GetProperty("data").GetProperty("__typename").GetString());
        Assert.False(open.RootElement.TryGetProperty("errors", out _));
        var data = closed.RootElement.GetProperty("data");
        foreach (var field in new[] { "learners", "placements", "organisations", "hostOrganisations" })
        {
            Assert.Equal(JsonValueKind.Null, data.GetProperty(field).ValueKind);
        }

        Assert.Equal(4, closed.RootElement.GetProperty("errors").GetArrayLength());
        Assert.All(closed.RootElement.GetProperty("errors").EnumerateArray(),
            e => Assert.Equal("AUTH_NOT_AUTHENTICATED", e.GetProperty("extensions").GetProperty("code").GetString()));
    }

    private async Task<JsonDocument> AnonymousAsync(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { query }),
        };
        using var response = await _platform.Client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static int Total(JsonElement data, string list) => data.GetProperty(list).GetProperty("totalCount").GetInt32();

    private static List<JsonElement> Nodes(JsonElement data, string list) => [.. data.GetProperty(list).GetProperty("nodes").EnumerateArray()];

    /// <summary>The demo consortium with the most members, its members, and the organisations that belong to no consortium of it.</summary>
    private async Task<(Guid Consortium, HashSet<Guid> Members, HashSet<Guid> Others)> LargestConsortiumAsync()
    {
        var data = await GraphQLRequests.DataAsync(_platform.Client,
            "{ consortia { id members { organisation { id } } } organisations(first: 50) { nodes { id } } }", Viewer.System);
        var largest = data.GetProperty("consortia").EnumerateArray().MaxBy(c => c.GetProperty("members").GetArrayLength());
        var members = largest.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("organisation").GetProperty("id").GetGuid()).ToHashSet();
        var others = Nodes(data, "organisations").Select(o => o.GetProperty("id").GetGuid()).Where(id => !members.Contains(id)).ToHashSet();
        return (largest.GetProperty("id").GetGuid(), members, others);
    }
}

public sealed class CoordinatorApiScenariosOnSqlite() : CoordinatorApiScenarios(DatabaseProvider.Sqlite);

public sealed class CoordinatorApiScenariosOnPostgres() : CoordinatorApiScenarios(DatabaseProvider.Postgres);
