using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment;
using Mobility.Impact.Data;
using Mobility.Impact.Reports;
using Mobility.Placements;
using Mobility.TestKit;

namespace Mobility.Impact.Tests.Demo;

/// <summary>
/// The whole demo (Enrolment, Placements, Impact, the real directories and dispatcher): the CAPMOB 2.0 report shows
/// the project's published figures, in HTML, CSV and a PDF whose text pdftotext reads back and whose pages pdftoppm
/// renders. With MOBILITY_APPROVE=1 the pages are written to docs/reports/ for review.
/// </summary>
public abstract class DemoReportScenarios(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly Guid Capmob = DeterministicGuid.Create("enrolment/consortium/capmob");

    private static readonly string[] Headlines =
    [
        "92% of the participants think they have improved their language skills.",
        "95% of those enrolled in the Bac Pro passed their exams.",
        "100% of those enrolled in the CAP passed their exams.",
        "86% of participants say they have improved their self-confidence.",
        "98% are ready to repeat the experience.",
        "The satisfaction rate of the participants is 100%.",
    ];

    private ModuleTestHost? _host;

    private ModuleTestHost Host => _host!;

    public async Task InitializeAsync() => _host = await ModuleTestHost.StartAsync(provider, [new EnrolmentModule(), new PlacementsModule(), new ImpactModule()]);

    public async Task DisposeAsync() => await _host!.DisposeAsync();

    [Fact]
    public async Task The_CAPMOB_report_shows_the_projects_published_figures_in_HTML_CSV_and_PDF_and_a_second_seed_changes_nothing()
    {
        await SeedAsync();
        var first = await SeedAsync();
        var reportId = await Host.SendAsync(new GenerateReport(ReportKind.Consortium, Capmob, null));
        var funderId = await Host.SendAsync(new GenerateReport(ReportKind.Funder, Capmob, null));
        var second = await SeedAsync();

        Assert.Equal(first[2], second[2]);
        Assert.StartsWith("Impact: 493 surveys (452 answered)", second[2], StringComparison.Ordinal);
        var html = await DocumentAsync(reportId, ReportFormat.Html);
        foreach (var line in Headlines)
        {
            Assert.Contains(line, html, StringComparison.Ordinal);
            Assert.Contains(line, await DocumentAsync(funderId, ReportFormat.Html), StringComparison.Ordinal);
        }

        Assert.Contains("<strong>471 participants</strong>", html, StringComparison.Ordinal);
        Assert.Contains("no recognition decision recorded yet for these participants", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        var csv = await DocumentAsync(reportId, ReportFormat.Csv);
        Assert.Contains("LanguageImproved,Total,All,,", csv, StringComparison.Ordinal);

        var pdf = await Host.SendAsync(new GetReportDocument(reportId, ReportFormat.Pdf));
        var folder = Directory.CreateTempSubdirectory("impact-report-").FullName;
        try
        {
            var file = Path.Combine(folder, "report.pdf");
            await File.WriteAllBytesAsync(file, pdf.Content);
            var text = Normalise(await RunAsync("pdftotext", $"-layout {file} -"));
            foreach (var line in Headlines)
            {
                Assert.Contains(line, text, StringComparison.Ordinal);
            }

            await RunAsync("pdftoppm", $"-png -r 60 {file} {Path.Combine(folder, "page")}");
            var pages = Directory.GetFiles(folder, "page-*.png").Order(StringComparer.Ordinal).ToList();
            Assert.True(pages.Count >= 2, $"{pages.Count} pages");
            if (Environment.GetEnvironmentVariable("MOBILITY_APPROVE") == "1" && provider == DatabaseProvider.Sqlite)
            {
                var target = Path.Combine(GoldenFile.RepositoryRoot(), "docs", "reports");
                Directory.CreateDirectory(target);
                foreach (var old in Directory.GetFiles(target, "capmob-consortium-report-page-*.png"))
                {
                    File.Delete(old);
                }

                await RunAsync("pdftoppm", $"-png -r 80 {file} {Path.Combine(target, "capmob-consortium-report-page")}");
                await File.WriteAllTextAsync(Path.Combine(target, "capmob-consortium-report.txt"), text);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_funder_sees_the_funder_report_only_and_a_coordinator_of_another_consortium_nothing()
    {
        await SeedAsync();
        var consortium = await Host.SendAsync(new GenerateReport(ReportKind.Consortium, Capmob, null));
        var funderVersion = await Host.SendAsync(new GenerateReport(ReportKind.Funder, Capmob, null));
        var funder = Viewer.User(Guid.NewGuid(), "funder@agency.example", [PlatformRole.Funder]);
        var coordinator = Viewer.User(Guid.NewGuid(), "coordinator@capmob.example", [PlatformRole.ConsortiumCoordinator], [Capmob]);
        var other = Viewer.User(Guid.NewGuid(), "coordinator@other.example", [PlatformRole.ConsortiumCoordinator], [Guid.NewGuid()]);

        Assert.Equal([funderVersion], (await Host.SendAsync(funder, new ListReports())).Select(r => r.Id));
        Assert.Equal([consortium, funderVersion], (await Host.SendAsync(coordinator, new ListReports())).Select(r => r.Id).Order());
        Assert.Empty(await Host.SendAsync(other, new ListReports()));
        await Assert.ThrowsAsync<BuildingBlocks.Domain.NotFoundException>(() => Host.SendAsync(funder, new GetReportDocument(consortium, ReportFormat.Csv)));
        await Assert.ThrowsAsync<BuildingBlocks.Domain.NotFoundException>(() => Host.SendAsync(other, new GetReportDocument(funderVersion, ReportFormat.Html)));
        var csv = System.Text.Encoding.UTF8.GetString((await Host.SendAsync(funder, new GetReportDocument(funderVersion, ReportFormat.Csv))).Content);
        Assert.Contains(",true\r\n", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Camille", csv, StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<string>> SeedAsync()
    {
        var summary = await DemoDataRunner.SeedAsync(Host.Services, CancellationToken.None);
        while (await Host.DispatchOutboxAsync() > 0)
        {
        }

        Assert.Equal(471, await Host.InScopeAsync<ImpactDbContext, int>(db => db.Participations.CountAsync(p => p.CallYear == 2018)));
        return summary;
    }

    private async Task<string> DocumentAsync(Guid id, ReportFormat format)
        => System.Text.Encoding.UTF8.GetString((await Host.SendAsync(new GetReportDocument(id, format))).Content);

    private static string Normalise(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries));

    private static async Task<string> RunAsync(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} {arguments} failed: {error}");
        return output;
    }
}

public sealed class DemoReportScenariosOnSqlite() : DemoReportScenarios(DatabaseProvider.Sqlite);

public sealed class DemoReportScenariosOnPostgres() : DemoReportScenarios(DatabaseProvider.Postgres);
