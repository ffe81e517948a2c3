using System.Text.Json;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Security;
using Mobility.TestKit;

namespace Mobility.Host.Tests;

/// <summary>The coordinator API through the running host's /graphql, over the demo consortia.</summary>
public abstract class CoordinatorApiScenarios(DatabaseProvider provider) : IAsyncLifetime
{
    /// <summary>
    /// A page of placements with everything a coordinator's list shows (the apprentices with employers come first).
    /// The page itself, with host organisation,
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
        // A coordinator of every demo consortium, so the page mixes apprentices with employers and school pupils.
        var consortia = (await _platform.AsPlatformAsync("{ consortia { id } }")).GetProperty("consortia").EnumerateArray()
            .SelectMany(c => new[] { "--coordinates", c.GetProperty("id").GetString()! });
        var token = await _platform.UserWithTokenAsync("coordinator@every-consortium.example", ["--role", "ConsortiumCoordinator", .. consortia]);
        using var log = SqlCommandLog.For(_platform.Database);

        // Signing in with the token (reading the token, the user and their consortia) costs the same on every request
        // once its first use is recorded.
        await GraphQLRequests.DataAsync(_platform.Client, "{ __typename }", token);
        using (log.Record())
        {
            await GraphQLRequests.DataAsync(_platform.Client, "{ __typename }", token);
        }

        var signingIn = log.Commands.Count;
        JsonElement data;
        using (log.Record())
        {
            data = await GraphQLRequests.DataAsync(_platform.Client, PageOfPlacements, token, new { first = 50 });
        }

        var nodes = data.GetProperty("placements").GetProperty("nodes");
        Assert.Equal(50, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), p => Assert.Equal(JsonValueKind.Object, p.GetProperty("hostOrganisation").ValueKind));
        Assert.Contains(nodes.EnumerateArray(), p => p.GetProperty("learner").ValueKind == JsonValueKind.Object);
        Assert.Contains(nodes.EnumerateArray(), p => p.GetProperty("hostTutor").ValueKind == JsonValueKind.Object);
        Assert.Contains(nodes.EnumerateArray(), p => p.GetProperty("sendingCompany").ValueKind == JsonValueKind.Object);
        Assert.True(log.Commands.Count - signingIn <= MaxCommandsForAPageOfPlacements, $"{signingIn} to sign in, then:\n" + string.Join("\n---\n", log.Commands));
        Assert.Contains(log.Commands, c => c.Contains("JOIN", StringComparison.OrdinalIgnoreCase) && c.Contains("LIMIT", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_coordinator_sees_exactly_the_learners_staff_and_placements_of_their_consortium_members()
    {
        var token = await _platform.TokenAsync(PlatformRole.ConsortiumCoordinator);
        var me = await MeAsync(token);
        var consortium = me.GetProperty("memberships").EnumerateArray().Single().GetProperty("id").NodeKey();
        var (members, others) = await MembersAsync(consortium);
        var filter = new { members = members.ToArray() };

        var seen = await GraphQLRequests.DataAsync(_platform.Client, """
            { learners(first: 50) { totalCount nodes { school { id } } }
              staff(first: 50) { totalCount nodes { organisation { id } } }
              placements(first: 50) { totalCount nodes { sendingOrganisation { id } } }
              consortia { id } }
            """, token);
        var expected = await _platform.AsPlatformAsync("""
            query($members: [ID!]) {
              learners(where: { school: { id: { in: $members } } }) { totalCount }
              staff(where: { organisation: { id: { in: $members } } }) { totalCount }
            }
            """, filter);

        Assert.True(Total(seen, "learners") > 0);
        Assert.Equal(Total(expected, "learners"), Total(seen, "learners"));
        Assert.Equal(Total(expected, "staff"), Total(seen, "staff"));
        Assert.All(Nodes(seen, "learners"), l => Assert.Contains(l.GetProperty("school").GetProperty("id").NodeKey(), members));
        Assert.All(Nodes(seen, "staff"), s => Assert.Contains(s.GetProperty("organisation").GetProperty("id").NodeKey(), members));
        Assert.All(Nodes(seen, "placements"), p => Assert.DoesNotContain(p.GetProperty("sendingOrganisation").GetProperty("id").NodeKey(), others));
        Assert.Equal([consortium], seen.GetProperty("consortia").EnumerateArray().Select(c => c.GetProperty("id").NodeKey()));
    }

    [Fact]
    public async Task School_staff_see_their_own_school_only_and_lookups_outside_it_are_null()
    {
        var token = await _platform.TokenAsync(PlatformRole.SchoolStaff);
        var school = (await MeAsync(token)).GetProperty("memberships").EnumerateArray().Single().GetProperty("id").NodeKey();
        var all = await _platform.AsPlatformAsync("{ learners(first: 50) { nodes { id school { id } } } }");
        var elsewhere = Nodes(all, "learners").First(l => l.GetProperty("school").GetProperty("id").NodeKey() != school).GetProperty("id").NodeKey();
        var expected = await _platform.AsPlatformAsync(
            "query($school: ID!) { learners(where: { school: { id: { eq: $school } } }) { totalCount } }", new { school });

        var seen = await GraphQLRequests.DataAsync(_platform.Client, """
            query($other: ID!) {
              learners(first: 50) { totalCount nodes { school { id } } }
              staff(first: 50) { nodes { organisation { id } } }
              placements(first: 50) { nodes { sendingOrganisation { id } } }
              learner(id: $other) { id }
            }
            """, token, new { other = elsewhere });

        Assert.True(Total(seen, "learners") > 0);
        Assert.Equal(Total(expected, "learners"), Total(seen, "learners"));
        Assert.All(Nodes(seen, "learners"), l => Assert.Equal(school, l.GetProperty("school").GetProperty("id").NodeKey()));
        Assert.All(Nodes(seen, "staff"), s => Assert.Equal(school, s.GetProperty("organisation").GetProperty("id").NodeKey()));
        Assert.NotEmpty(Nodes(seen, "placements"));
        Assert.All(Nodes(seen, "placements"), p => Assert.Equal(school, p.GetProperty("sendingOrganisation").GetProperty("id").NodeKey()));
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("learner").ValueKind);
    }

    [Fact]
    public async Task A_host_tutor_sees_only_the_placements_they_tutor_and_their_learners_through_them()
    {
        var email = _platform.DemoUser(PlatformRole.HostTutor);
        var token = await _platform.TokenAsync(PlatformRole.HostTutor);
        var all = await _platform.AsPlatformAsync(
            "{ placements(first: 50, where: { hostTutor: { email: { neq: null } } }) { nodes { id hostTutor { email } } } }");
        var notTheirs = Nodes(all, "placements")
            .First(p => !string.Equals(p.GetProperty("hostTutor").GetProperty("email").GetString(), email, StringComparison.OrdinalIgnoreCase))
            .GetProperty("id").NodeKey();
        var expected = await _platform.AsPlatformAsync(
            "query($email: String!) { placements(where: { hostTutor: { email: { eq: $email, mode: INSENSITIVE } } }) { totalCount } }",
            new { email });

        var seen = await GraphQLRequests.DataAsync(_platform.Client, """
            query($other: ID!) {
              placements(first: 50) { totalCount nodes { hostTutor { email } learner { id fullName } } }
              learners { totalCount }
              staff { totalCount }
              placement(id: $other) { id }
            }
            """, token, new { other = notTheirs });

        Assert.True(Total(seen, "placements") > 0);
        Assert.Equal(Total(expected, "placements"), Total(seen, "placements"));
        Assert.All(Nodes(seen, "placements"), p => Assert.Equal(email, p.GetProperty("hostTutor").GetProperty("email").GetString(), ignoreCase: true));
        Assert.Contains(Nodes(seen, "placements"), p => p.GetProperty("learner").ValueKind == JsonValueKind.Object);
        Assert.Equal(0, Total(seen, "learners"));
        Assert.Equal(0, Total(seen, "staff"));
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("placement").ValueKind);
    }

    [Fact]
    public async Task A_learner_sees_themself_and_their_own_placements_only()
    {
        var token = await _platform.TokenAsync(PlatformRole.Learner);
        var me = await MeAsync(token);
        Assert.Equal("Learner", me.GetProperty("learnerId").NodeType());
        var learner = me.GetProperty("learnerId").NodeKey();
        var someoneElse = Nodes(await _platform.AsPlatformAsync(
            "query($me: ID!) { learners(first: 1, where: { id: { neq: $me } }) { nodes { id } } }", new { me = learner }), "learners")
            .Single().GetProperty("id").NodeKey();

        var seen = await GraphQLRequests.DataAsync(_platform.Client, """
            query($other: ID!) {
              learners { nodes { id placements { id } } }
              placements { totalCount nodes { learner { id } } }
              staff { totalCount }
              applications { nodes { learner { id } } }
              learner(id: $other) { id }
            }
            """, token, new { other = someoneElse });

        Assert.Equal(learner, Assert.Single(Nodes(seen, "learners")).GetProperty("id").NodeKey());
        Assert.True(Total(seen, "placements") >= 1);
        Assert.All(Nodes(seen, "placements"), p => Assert.Equal(learner, p.GetProperty("learner").GetProperty("id").NodeKey()));
        Assert.All(Nodes(seen, "applications"), a => Assert.Equal(learner, a.GetProperty("learner").GetProperty("id").NodeKey()));
        Assert.Equal(0, Total(seen, "staff"));
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("learner").ValueKind);
    }

    [Fact]
    public async Task A_funder_gets_no_person_anywhere_but_may_read_organisations_and_hosts()
    {
        var token = await _platform.TokenAsync(PlatformRole.Funder);
        var consortium = (await MeAsync(token)).GetProperty("memberships").EnumerateArray().Single().GetProperty("id").NodeKey();
        var someLearner = Nodes(await _platform.AsPlatformAsync("{ learners(first: 1) { nodes { id } } }"), "learners")
            .Single().GetProperty("id").NodeKey();

        using var result = await GraphQLRequests.PostAsync(_platform.Client, """
            query($learner: ID!, $consortium: UUID!) {
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
            """, new { learner = someLearner, consortium }, token: token);

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
            Assert.Equal(JsonValueKind.Null, h.GetProperty("contactPhone").ValueKind);
        });
        Assert.NotEmpty(data.GetProperty("consortium").GetProperty("members").EnumerateArray());
        Assert.All(data.GetProperty("consortium").GetProperty("members").EnumerateArray(),
            m => Assert.Equal(0, m.GetProperty("organisation").GetProperty("sentPlacements").GetArrayLength()));
    }

    [Fact]
    public async Task Nobody_signed_in_gets_anything_but_typename_and_introspection()
    {
        using var open = await GraphQLRequests.PostAsync(_platform.Client, "{ __typename __schema { queryType { name } } }");
        using var closed = await GraphQLRequests.PostAsync(_platform.Client,
            "{ learners { totalCount } placements { totalCount } organisations { totalCount } hostOrganisations { totalCount } }");

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

    [Fact]
    public async Task Node_finds_each_type_by_global_id_within_the_viewers_scope_and_answers_null_outside_it()
    {
        var staffToken = await _platform.TokenAsync(PlatformRole.SchoolStaff);
        var school = (await MeAsync(staffToken)).GetProperty("memberships").EnumerateArray().Single().GetProperty("id").NodeKey();
        var all = await _platform.AsPlatformAsync("""
            { learners(first: 50) { nodes { id school { id } } }
              placements(first: 50) { nodes { id sendingOrganisation { id } hostOrganisation { id } } }
              staff(first: 1) { nodes { id } } applications(first: 1) { nodes { id } } calls(first: 1) { nodes { id } }
              sendingCompanies(first: 1) { nodes { id } } }
            """);
        var ours = Nodes(all, "learners").First(l => l.GetProperty("school").GetProperty("id").NodeKey() == school).GetProperty("id").GetString()!;
        var theirs = Nodes(all, "learners").First(l => l.GetProperty("school").GetProperty("id").NodeKey() != school).GetProperty("id").GetString()!;
        var placement = Nodes(all, "placements").First(p => p.GetProperty("sendingOrganisation").GetProperty("id").NodeKey() == school);
        string[] everyType =
        [
            ours, placement.GetProperty("id").GetString()!, placement.GetProperty("hostOrganisation").GetProperty("id").GetString()!,
            NodeIds.Of("Organisation", school), Nodes(all, "staff")[0].GetProperty("id").GetString()!, Nodes(all, "applications")[0].GetProperty("id").GetString()!,
            Nodes(all, "calls")[0].GetProperty("id").GetString()!, Nodes(all, "sendingCompanies")[0].GetProperty("id").GetString()!,
        ];
        const string ByIds = "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }";

        var asPlatform = (await _platform.AsPlatformAsync(ByIds, new { ids = everyType })).GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(
            ["Learner", "Placement", "HostOrganisation", "Organisation", "StaffMember", "Application", "MobilityCall", "SendingCompany"],
            asPlatform.Select(n => n.GetProperty("__typename").GetString()));
        Assert.Equal(everyType, asPlatform.Select(n => n.GetProperty("id").GetString()));

        var asStaff = await GraphQLRequests.DataAsync(_platform.Client, """
            query($ours: ID!, $theirs: ID!, $placement: ID!) {
              ours: node(id: $ours) { id ... on Learner { school { id } } }
              theirs: node(id: $theirs) { id }
              placement: node(id: $placement) { ... on Placement { status } }
              both: nodes(ids: [$ours, $theirs]) { id }
            }
            """, staffToken, new { ours, theirs, placement = placement.GetProperty("id").GetString() });
        Assert.Equal(school, asStaff.GetProperty("ours").GetProperty("school").GetProperty("id").NodeKey());
        Assert.Equal(JsonValueKind.Null, asStaff.GetProperty("theirs").ValueKind);
        Assert.Equal(JsonValueKind.String, asStaff.GetProperty("placement").GetProperty("status").ValueKind);
        Assert.Equal([JsonValueKind.Object, JsonValueKind.Null], asStaff.GetProperty("both").EnumerateArray().Select(n => n.ValueKind));

        const string One = "query($id: ID!) { node(id: $id) { id } }";
        foreach (var role in new[] { PlatformRole.Funder, PlatformRole.HostTutor })
        {
            var seen = await GraphQLRequests.DataAsync(_platform.Client, One, await _platform.TokenAsync(role), new { id = ours });
            Assert.Equal(JsonValueKind.Null, seen.GetProperty("node").ValueKind);
        }

        using var anonymous = await GraphQLRequests.PostAsync(_platform.Client, One, new { id = ours });
        Assert.DoesNotContain("\"node\":{", anonymous.RootElement.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("AUTH_NOT_AUTHENTICATED", anonymous.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> MeAsync(string token) =>
        (await GraphQLRequests.DataAsync(_platform.Client, "{ me { learnerId staffMemberId memberships { kind id } } }", token)).GetProperty("me");

    private static int Total(JsonElement data, string list) => data.GetProperty(list).GetProperty("totalCount").GetInt32();

    private static List<JsonElement> Nodes(JsonElement data, string list) => [.. data.GetProperty(list).GetProperty("nodes").EnumerateArray()];

    /// <summary>The members of a consortium, and the organisations outside it.</summary>
    private async Task<(HashSet<Guid> Members, HashSet<Guid> Others)> MembersAsync(Guid consortium)
    {
        var data = await _platform.AsPlatformAsync(
            "query($id: UUID!) { consortium(id: $id) { members { organisation { id } } } organisations(first: 50) { nodes { id } } }", new { id = consortium });
        var members = data.GetProperty("consortium").GetProperty("members").EnumerateArray()
            .Select(m => m.GetProperty("organisation").GetProperty("id").NodeKey()).ToHashSet();
        var others = Nodes(data, "organisations").Select(o => o.GetProperty("id").NodeKey()).Where(id => !members.Contains(id)).ToHashSet();
        return (members, others);
    }
}

public sealed class CoordinatorApiScenariosOnSqlite() : CoordinatorApiScenarios(DatabaseProvider.Sqlite);

public sealed class CoordinatorApiScenariosOnPostgres() : CoordinatorApiScenarios(DatabaseProvider.Postgres);
