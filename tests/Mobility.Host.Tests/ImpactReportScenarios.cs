using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Messaging;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Security;
using Mobility.Impact.Reports;

namespace Mobility.Host.Tests;

/// <summary>
/// The demo platform with the CAPMOB consortium and funder reports generated (PDF by headless Chromium), started
/// once for the scenarios of one provider.
/// </summary>
public abstract class ReportsPlatform(DatabaseProvider provider) : IAsyncLifetime
{
    public static readonly Guid Capmob = DeterministicGuid.Create("enrolment/consortium/capmob");

    public RunningPlatform Platform { get; private set; } = null!;

    public Guid ConsortiumReport { get; private set; }

    public Guid FunderReport { get; private set; }

    public Guid OtherConsortium { get; private set; }

    public async Task InitializeAsync()
    {
        Platform = await RunningPlatform.StartAsync(provider, true, "--Jobs:Enabled=false");

        // The demo's events (completed placements, learners) reach Impact's read models.
        while (await Platform.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None) > 0)
        {
        }

        await using var scope = Platform.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        ConsortiumReport = await mediator.Send(new GenerateReport(ReportKind.Consortium, Capmob, null));
        FunderReport = await mediator.Send(new GenerateReport(ReportKind.Funder, Capmob, null));
        OtherConsortium = (await Platform.AsPlatformAsync("{ consortia { id } }")).GetProperty("consortia").EnumerateArray()
            .Select(c => c.GetProperty("id").GetGuid()).First(id => id != Capmob);
    }

    public async Task DisposeAsync() => await Platform.DisposeAsync();
}

public sealed class ReportsPlatformOnSqlite() : ReportsPlatform(DatabaseProvider.Sqlite);

public sealed class ReportsPlatformOnPostgres() : ReportsPlatform(DatabaseProvider.Postgres);

/// <summary>
/// Reports listed at /reports and downloaded at /reports/{id}.html|.pdf|.csv through the running host: signed in with
/// the session cookie or a bearer token, each role sees what <c>ReportAccess</c> lets it see and nothing else.
/// </summary>
public abstract partial class ImpactReportScenarios(ReportsPlatform reports)
{
    private const string Password = "Host-tests-2026";
    private const string LanguageHeadline = "92% of the participants think they have improved their language skills.";

    private RunningPlatform Platform => reports.Platform;

    [Fact]
    public async Task Anonymous_browsers_are_sent_to_sign_in_and_anonymous_scripts_are_told_401()
    {
        using var browser = Browser();
        using var page = new HttpRequestMessage(HttpMethod.Get, new Uri("/reports", UriKind.Relative));
        page.Headers.Accept.ParseAdd("text/html");
        using var toLogin = await browser.SendAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        Assert.Equal("/account/login?returnUrl=%2Freports", toLogin.Headers.Location!.OriginalString);

        using var script = await browser.GetAsync(new Uri($"/reports/{reports.FunderReport}.csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, script.StatusCode);
        Assert.Equal("Bearer", script.Headers.WwwAuthenticate.Single().Scheme);

        using var badToken = await GetAsync($"/reports/{reports.FunderReport}.csv", "mob_not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, badToken.StatusCode);
        Assert.DoesNotContain("indicator,", await badToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coordinator_signed_in_with_the_session_cookie_lists_and_opens_both_versions_of_their_consortiums_reports()
    {
        var email = $"coordinator.{Guid.NewGuid():N}@capmob.example";
        await Platform.RunCommandAsync("user create", "--email", email, "--password", Password, "--role", "ConsortiumCoordinator", "--coordinates", ReportsPlatform.Capmob.ToString());
        using var browser = Browser();
        using (var signIn = await SignInAsync(browser, email, "/reports"))
        {
            Assert.Equal("/reports", signIn.Headers.Location!.OriginalString);
        }

        var list = await browser.GetStringAsync(new Uri("/reports", UriKind.Relative));
        Assert.Equal([reports.ConsortiumReport, reports.FunderReport], LinkedReports(list).Order());
        Assert.Contains("<td>Impact report all years – CAPMOB 2.0</td><td>CAPMOB 2.0</td><td>Whole project</td><td>Consortium</td>", list, StringComparison.Ordinal);
        Assert.Contains("<td>Funder report all years – CAPMOB 2.0</td><td>CAPMOB 2.0</td><td>Whole project</td><td>Funder</td>", list, StringComparison.Ordinal);
        Assert.Matches(@"<td>\d{4}-\d{2}-\d{2} \d{2}:\d{2}</td>", list);
        foreach (var format in new[] { "html", "pdf", "csv" })
        {
            Assert.Contains($"href=\"/reports/{reports.ConsortiumReport}.{format}\"", list, StringComparison.Ordinal);
        }

        using var html = await browser.GetAsync(new Uri($"/reports/{reports.ConsortiumReport}.html", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", html.Content.Headers.ContentType.CharSet);
        Assert.Equal("inline", html.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("impact-report-all-years-capmob-2-0.html", FileName(html));
        Assert.Contains(LanguageHeadline, await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var csv = await browser.GetAsync(new Uri($"/reports/{reports.ConsortiumReport}.csv", UriKind.Relative));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", csv.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("impact-report-all-years-capmob-2-0.csv", FileName(csv));
        var rows = Rows(await csv.Content.ReadAsStringAsync());
        Assert.DoesNotContain(rows, r => r["suppressed"] == "true");
        Assert.Equal(471, int.Parse(Row(rows, "Participants", "Total")["numerator"], CultureInfo.InvariantCulture));
        Assert.Equal(0.92m, Math.Round(decimal.Parse(Row(rows, "LanguageImproved", "Total")["value"], CultureInfo.InvariantCulture), 2));
        Assert.Contains(rows, r => r["dimension"] == "Organisation");
        Assert.Equal(471, int.Parse(Row(rows, "UnitRecognised", "Total")["denominator"], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_funder_with_a_bearer_token_gets_the_funder_version_only_with_small_counts_hidden_and_a_readable_PDF()
    {
        var token = await Platform.TokenAsync(PlatformRole.Funder);

        using var page = await GetAsync("/reports", token);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal([reports.FunderReport], LinkedReports(await page.Content.ReadAsStringAsync()));
        foreach (var format in new[] { "html", "pdf", "csv" })
        {
            using var hidden = await GetAsync($"/reports/{reports.ConsortiumReport}.{format}", token);
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        using var csv = await GetAsync($"/reports/{reports.FunderReport}.csv", token);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("funder-report-all-years-capmob-2-0.csv", FileName(csv));
        var rows = Rows(await csv.Content.ReadAsStringAsync());
        Assert.Equal("indicator,dimension,group,skill,numerator,denominator,value,suppressed", HeaderOf(await csv.Content.ReadAsStringAsync()));
        Assert.Contains(rows, r => r["suppressed"] == "true");
        Assert.All(rows.Where(r => r["suppressed"] == "true"), r => Assert.Equal("", r["numerator"] + r["denominator"] + r["value"]));
        Assert.All(rows.Where(r => r["suppressed"] == "false" && r["indicator"] != "CefrGain" && r["denominator"] is { Length: > 0 } d && d != "0"),
            r => Assert.True(int.Parse(r["denominator"], CultureInfo.InvariantCulture) >= 10, string.Join(",", r.Values)));
        var language = Row(rows, "LanguageImproved", "Total");
        Assert.Equal("false", language["suppressed"]);
        Assert.Equal(0.92m, Math.Round(decimal.Parse(language["value"], CultureInfo.InvariantCulture), 2));

        using var pdf = await GetAsync($"/reports/{reports.FunderReport}.pdf", token);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal("funder-report-all-years-capmob-2-0.pdf", FileName(pdf));
        var text = await PdfTextAsync(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("CAPMOB 2.0", text, StringComparison.Ordinal);
        Assert.Contains(LanguageHeadline, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coordinators_of_another_consortium_and_school_staff_see_no_report_and_each_download_is_404()
    {
        var other = await Platform.UserWithTokenAsync($"coordinator.{Guid.NewGuid():N}@other.example", "--role", "ConsortiumCoordinator", "--coordinates", reports.OtherConsortium.ToString());
        var staff = await Platform.TokenAsync(PlatformRole.SchoolStaff);
        var coordinator = await Platform.TokenAsync(PlatformRole.ConsortiumCoordinator);
        foreach (var token in new[] { other, staff })
        {
            using var page = await GetAsync("/reports", token);
            var list = await page.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Empty(LinkedReports(list));
            Assert.Contains("No report is available to you yet.", list, StringComparison.Ordinal);
            foreach (var report in new[] { reports.ConsortiumReport, reports.FunderReport })
            {
                using var hidden = await GetAsync($"/reports/{report}.csv", token);
                Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            }
        }

        using var unknownFormat = await GetAsync($"/reports/{reports.ConsortiumReport}.docx", coordinator);
        Assert.Equal(HttpStatusCode.NotFound, unknownFormat.StatusCode);
        Assert.Contains(".html, .pdf or .csv", await unknownFormat.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var unknownReport = await GetAsync($"/reports/{Guid.NewGuid()}.html", coordinator);
        Assert.Equal(HttpStatusCode.NotFound, unknownReport.StatusCode);
        using var own = await GetAsync($"/reports/{reports.ConsortiumReport}.csv", coordinator);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    private HttpClient Browser() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Platform.Client.BaseAddress };

    private async Task<HttpResponseMessage> GetAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Platform.Client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string email, string returnUrl)
    {
        var form = await browser.GetStringAsync(new Uri("/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl), UriKind.Relative));
        var response = await browser.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(
        [
            new("email", email), new("password", Password), new("returnUrl", returnUrl),
            new("__RequestVerificationToken", WebUtility.HtmlDecode(AntiforgeryField().Match(form).Groups["value"].Value)),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    private static string? FileName(HttpResponseMessage response)
        => (response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName)?.Trim('"');

    private static List<Guid> LinkedReports(string page)
        => [.. ReportLink().Matches(page).Select(m => Guid.Parse(m.Groups["id"].Value)).Distinct()];

    private static string HeaderOf(string csv) => csv[..csv.IndexOf("\r\n", StringComparison.Ordinal)];

    /// <summary>The CSV's rows by column name (the report's group labels hold no quotes or commas here but are parsed as RFC 4180 anyway).</summary>
    private static List<Dictionary<string, string>> Rows(string csv)
    {
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(line => header.Zip(Fields(line)).ToDictionary(p => p.First, p => p.Second))];
    }

    private static IEnumerable<string> Fields(string line)
    {
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                yield return field.ToString();
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        yield return field.ToString();
    }

    private static Dictionary<string, string> Row(List<Dictionary<string, string>> rows, string indicator, string dimension)
        => rows.Single(r => r["indicator"] == indicator && r["dimension"] == dimension && r["skill"] == "");

    private static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", file, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
            return Regex.Replace(text, @"\s+", " ");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("href=\"/reports/(?<id>[0-9a-f-]{36})\\.(html|pdf|csv)\"")]
    private static partial Regex ReportLink();
}

public sealed class ImpactReportScenariosOnSqlite(ReportsPlatformOnSqlite reports) : ImpactReportScenarios(reports), IClassFixture<ReportsPlatformOnSqlite>;

public sealed class ImpactReportScenariosOnPostgres(ReportsPlatformOnPostgres reports) : ImpactReportScenarios(reports), IClassFixture<ReportsPlatformOnPostgres>;
