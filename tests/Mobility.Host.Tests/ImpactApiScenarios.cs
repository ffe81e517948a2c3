using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Messaging;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Security;
using Mobility.Host.Commands;
using Mobility.TestKit;

namespace Mobility.Host.Tests;

/// <summary>
/// Impact through the running host over the demo consortia, signed in with real tokens: a coordinator's manual
/// trigger of the nightly refresh runs through the scheduler and lands in the job history, their cut equals the
/// platform's figures for their consortium, a funder sees suppressed figures only, a learner is refused; and the
/// <c>import outcomes</c> command loads good rows, reports bad ones and finds them present the second time.
/// </summary>
public abstract class ImpactApiScenarios(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Indicators = """
        query($filter: IndicatorFilterInput, $breakdown: IndicatorDimension) {
          indicators(filter: $filter, breakdown: $breakdown) { indicator dimension group skill value numerator denominator suppressed }
        }
        """;

    private RunningPlatform _platform = null!;

    public async Task InitializeAsync()
    {
        _platform = await RunningPlatform.StartAsync(provider);

        // The demo's events reach Impact's read models (learners, completed placements); the host's dispatcher is off in tests.
        var outbox = _platform.Services.GetRequiredService<OutboxDispatcher>();
        while (await outbox.DispatchPendingAsync(CancellationToken.None) > 0)
        {
        }
    }

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    [Fact]
    public async Task A_coordinator_refreshes_by_manual_trigger_and_reads_their_cut_a_funder_reads_suppressed_figures_and_a_learner_is_refused()
    {
        var capmob = (await _platform.AsPlatformAsync("{ consortia { id name } }")).GetProperty("consortia").EnumerateArray()
            .First(c => c.GetProperty("name").GetString()!.Contains("CAPMOB", StringComparison.OrdinalIgnoreCase)).GetProperty("id").GetGuid();
        var coordinator = await _platform.UserWithTokenAsync(
            "impact.coordinator@capmob.example", "--role", "ConsortiumCoordinator", "--coordinates", capmob.ToString());

        var trigger = (await GraphQLRequests.DataAsync(_platform.Client, """
            mutation { triggerImpactJob(input: { name: "nightly-refresh" }) { trigger errors { __typename ... on Error { message } } } }
            """, coordinator)).GetProperty("triggerImpactJob").GetProperty("trigger").GetString()!;
        var run = await FinishedRunAsync(coordinator, trigger);
        Assert.Equal("SUCCEEDED", run.GetProperty("outcome").GetString());

        // Their cut equals the figures a coordinator of every consortium gets by filtering on theirs.
        var consortia = (await _platform.AsPlatformAsync("{ consortia { id } }")).GetProperty("consortia").EnumerateArray()
            .SelectMany(c => new[] { "--coordinates", c.GetProperty("id").GetString()! });
        var everywhere = await _platform.UserWithTokenAsync("impact.coordinator@every-consortium.example", ["--role", "ConsortiumCoordinator", .. consortia]);
        var cut = await GraphQLRequests.DataAsync(_platform.Client, Indicators, coordinator, new { breakdown = "QUALIFICATION_LEVEL" });
        var filtered = await GraphQLRequests.DataAsync(
            _platform.Client, Indicators, everywhere, new { filter = new { consortiumId = capmob }, breakdown = "QUALIFICATION_LEVEL" });
        var all = Figures(await GraphQLRequests.DataAsync(_platform.Client, Indicators, everywhere, new { breakdown = "QUALIFICATION_LEVEL" }));
        Assert.Equal(filtered.GetProperty("indicators").GetRawText(), cut.GetProperty("indicators").GetRawText());
        Assert.Contains(Figures(cut), f => f.GetProperty("indicator").GetString() == "PARTICIPANTS" && f.GetProperty("numerator").GetDecimal() > 0);
        Assert.True(all.Count >= Figures(cut).Count);

        var seen = Figures(await GraphQLRequests.DataAsync(
            _platform.Client, Indicators, await _platform.TokenAsync(PlatformRole.Funder), new { breakdown = "ORGANISATION" }));
        Assert.Contains(seen, f => f.GetProperty("suppressed").GetBoolean());
        Assert.Contains(seen, f => !f.GetProperty("suppressed").GetBoolean());
        foreach (var figure in seen)
        {
            if (figure.GetProperty("suppressed").GetBoolean())
            {
                Assert.Equal(JsonValueKind.Null, figure.GetProperty("numerator").ValueKind);
                Assert.Equal(JsonValueKind.Null, figure.GetProperty("denominator").ValueKind);
                Assert.Equal(JsonValueKind.Null, figure.GetProperty("value").ValueKind);
            }
            else if (figure.GetProperty("denominator").GetInt32() is > 0 and var denominator)
            {
                Assert.True(denominator >= 10, $"{figure} rests on fewer than 10 people");
                if (figure.GetProperty("indicator").GetString() is not ("PARTICIPANTS" or "PLACEMENTS" or "CEFR_GAIN"))
                {
                    var numerator = (int)figure.GetProperty("numerator").GetDecimal();
                    Assert.False(numerator is > 0 and < 5 || denominator - numerator is > 0 and < 5, $"{figure} points at fewer than 5 people");
                }
            }
        }

        using var learner = await GraphQLRequests.PostAsync(_platform.Client, Indicators, token: await _platform.TokenAsync(PlatformRole.Learner));
        Assert.Contains("AUTH_NOT_AUTHORIZED", GraphQLRequests.Errors(learner), StringComparison.Ordinal);
        using var funderJobs = await GraphQLRequests.PostAsync(
            _platform.Client, """mutation { triggerImpactJob(input: { name: "nightly-refresh" }) { trigger } }""",
            token: await _platform.TokenAsync(PlatformRole.Funder));
        Assert.Contains("AUTH_NOT_AUTHORIZED", GraphQLRequests.Errors(funderJobs), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_outcomes_loads_good_rows_reports_bad_ones_by_line_and_finds_every_good_row_present_the_second_time()
    {
        // A learner of a completed placement of the consortium whose outcomes the demo keeps.
        var capmob = (await _platform.AsPlatformAsync("{ consortia { id name } }")).GetProperty("consortia").EnumerateArray()
            .First(c => c.GetProperty("name").GetString()!.Contains("CAPMOB", StringComparison.OrdinalIgnoreCase)).GetProperty("id").GetGuid();
        var coordinator = await _platform.UserWithTokenAsync(
            "import.coordinator@capmob.example", "--role", "ConsortiumCoordinator", "--coordinates", capmob.ToString());
        var placements = await GraphQLRequests.DataAsync(
            _platform.Client, "{ placements(first: 50, where: { status: { eq: COMPLETED } }) { nodes { learner { id } } } }", coordinator);
        var learner = placements.GetProperty("placements").GetProperty("nodes").EnumerateArray()
            .First(p => p.GetProperty("learner").ValueKind == JsonValueKind.Object).GetProperty("learner").GetProperty("id").NodeKey();
        var staff = (await _platform.AsPlatformAsync("{ staff(first: 1) { nodes { id } } }")).GetProperty("staff").GetProperty("nodes")[0]
            .GetProperty("id").NodeKey();
        var unknown = Guid.NewGuid();
        var file = Path.Combine(Path.GetTempPath(), $"mobility-outcomes-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, $"""
            kind,learner_id,staff_member_id,session,result,outcome,title,date
            exam_result,{learner},,2031-06,pending,,,
            staff_outcome,,{staff},,,training,Host tests: CLIL preparation,2021-05-12
            exam_result,{unknown},,2031-06,passed,,,
            exam_result,{learner},,31/06,passed,,,

            """);
        try
        {
            var first = await _platform.RunCommandAsync("import outcomes", file);
            var second = await _platform.RunCommandAsync("import outcomes", file);

            Assert.True(first.Contains("Rows read: 4\nImported: 2\n", StringComparison.Ordinal), first);
            Assert.Contains($"line 4: Learner {unknown} was not found.\n", first, StringComparison.Ordinal);
            Assert.Contains("line 5: session '31/06' is not a session (yyyy-MM, e.g. 2020-06)\n", first, StringComparison.Ordinal);
            Assert.Contains("Imported: 0\nAlready present: 2\nRejected: 2\n", second, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }

        await using var output = new StringWriter { NewLine = "\n" };
        string[] settings = [$"--Database:Provider={provider}", $"--ConnectionStrings:Mobility={_platform.Database.Options.ConnectionString}"];
        Assert.Equal(1, await CommandLine.RunAsync(["import", "outcomes", "no-such-file.csv", .. settings], output));
        Assert.StartsWith("Nothing imported: Cannot read", output.ToString(), StringComparison.Ordinal);
        await using var help = new StringWriter { NewLine = "\n" };
        Assert.Equal(0, await CommandLine.RunAsync(["help", .. settings], help));
        Assert.Contains("import outcomes FILE", help.ToString(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> FinishedRunAsync(string token, string trigger)
    {
        var runs = new List<JsonElement>();
        for (var i = 0; i < 1200; i++)
        {
            runs = [.. (await GraphQLRequests.DataAsync(_platform.Client, """{ impactJobRuns(job: "nightly-refresh") { trigger outcome error } }""", token))
                .GetProperty("impactJobRuns").EnumerateArray()];
            if (runs.FirstOrDefault(r => r.GetProperty("trigger").GetString() == trigger && r.GetProperty("outcome").GetString() != "RUNNING") is
                { ValueKind: JsonValueKind.Object } run)
            {
                return run;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The run of {trigger} did not finish within two minutes: [{string.Join(", ", runs)}]");
        return default;
    }

    private static List<JsonElement> Figures(JsonElement data) => [.. data.GetProperty("indicators").EnumerateArray()];
}

public sealed class ImpactApiScenariosOnSqlite() : ImpactApiScenarios(DatabaseProvider.Sqlite);

public sealed class ImpactApiScenariosOnPostgres() : ImpactApiScenarios(DatabaseProvider.Postgres);
