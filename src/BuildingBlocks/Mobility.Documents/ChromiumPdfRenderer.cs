using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace Mobility.Documents;

/// <summary>
/// Prints HTML to PDF with headless Chromium's <c>--print-to-pdf</c> (ADR 0012): a fresh browser profile per document
/// in a temporary folder that is always removed, no network, no header or footer, CSS <c>@page</c> honoured.
/// </summary>
internal sealed class ChromiumPdfRenderer(IOptions<DocumentsOptions> options) : IPdfRenderer, IDisposable
{
    private static readonly string[] Candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    private readonly DocumentsOptions _options = options.Value;
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentRenders));

    public async Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        var executable = FindChromium();
        await _slots.WaitAsync(cancellationToken);
        var work = Directory.CreateTempSubdirectory("mobility-pdf-");
        try
        {
            var input = Path.Combine(work.FullName, "document.html");
            var output = Path.Combine(work.FullName, "document.pdf");
            await File.WriteAllTextAsync(input, html, cancellationToken);
            await RunAsync(executable, work.FullName, input, output, cancellationToken);
            if (!File.Exists(output) || new FileInfo(output).Length == 0)
            {
                throw new PdfRenderingException($"Chromium ({executable}) finished without writing a PDF.");
            }

            return await File.ReadAllBytesAsync(output, cancellationToken);
        }
        finally
        {
            _slots.Release();
            TryDelete(work);
        }
    }

    public void Dispose() => _slots.Dispose();

    private async Task RunAsync(string executable, string work, string input, string output, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments(work, input, output))
        {
            start.ArgumentList.Add(argument);
        }

        // Without these Chromium writes crash reports and caches into the user's home even with --user-data-dir.
        start.Environment["XDG_CONFIG_HOME"] = work;
        start.Environment["XDG_CACHE_HOME"] = work;
        start.Environment["HOME"] = work;

        using var process = Process.Start(start) ?? throw new PdfRenderingException($"Chromium ({executable}) did not start.");
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new PdfRenderingException(
                string.Create(CultureInfo.InvariantCulture, $"Chromium took longer than {_options.Timeout.TotalSeconds:0} s to print the PDF and was stopped."));
        }

        await Task.WhenAll(stderr, stdout);
        if (process.ExitCode != 0)
        {
            throw new PdfRenderingException($"Chromium exited with code {process.ExitCode}: {LastLines(await stderr)}");
        }
    }

    private static IEnumerable<string> Arguments(string work, string input, string output) =>
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--disable-extensions",
        "--run-all-compositor-stages-before-draw", "--no-pdf-header-footer",
        $"--user-data-dir={Path.Combine(work, "profile")}", $"--print-to-pdf={output}", new Uri(input).AbsoluteUri,
    ];

    private string FindChromium()
    {
        if (!string.IsNullOrWhiteSpace(_options.ChromiumPath))
        {
            return File.Exists(_options.ChromiumPath)
                ? _options.ChromiumPath
                : throw new PdfRenderingException($"Documents:ChromiumPath is '{_options.ChromiumPath}', but no such file exists.");
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in Candidates)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new PdfRenderingException(
            "No Chromium was found to print PDFs: install it (Debian: apt-get install chromium) or set Documents:ChromiumPath.");
    }

    private static string LastLines(string text) =>
        string.Join(" | ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(3));

    private static void TryDelete(DirectoryInfo directory)
    {
        try
        {
            directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A browser child still closing its files; the temporary folder is cleaned by the system later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
