using Microsoft.Extensions.Options;

namespace Mobility.Documents.Tests;

public class ChromiumPdfRendererTests
{
    private const string TwoPages = """
        <!doctype html>
        <html lang="fr"><head><meta charset="utf-8"><title>Attestation</title>
        <style>@page { size: A4; margin: 15mm } body { font-family: 'DejaVu Sans', sans-serif } .next { break-before: page }</style>
        </head><body>
        <h1>Europass Mobilité</h1>
        <p>Café à Łódź, Straße in München, año en Sevilla.</p>
        <svg width="200" height="60" xmlns="http://www.w3.org/2000/svg"><text x="10" y="30">Taux de réussite 92 %</text></svg>
        <p class="next">Deuxième page</p>
        </body></html>
        """;

    [Fact]
    public async Task Prints_text_with_accents_and_svg_labels_on_a4_pages()
    {
        using var renderer = Renderer();

        var pdf = await renderer.RenderAsync(TwoPages, CancellationToken.None);

        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        var text = await PdfText.TextAsync(pdf);
        Assert.Contains("Europass Mobilité", text, StringComparison.Ordinal);
        Assert.Contains("Café à Łódź, Straße in München, año en Sevilla.", text, StringComparison.Ordinal);
        Assert.Contains("Taux de réussite 92 %", text, StringComparison.Ordinal);
        var info = await PdfText.InfoAsync(pdf);
        Assert.Matches(@"Pages:\s+2", info);
        Assert.Matches(@"Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)", info);
    }

    [Fact]
    public async Task Leaves_no_header_or_footer_with_a_date_or_a_file_address()
    {
        using var renderer = Renderer();

        var text = await PdfText.TextAsync(await renderer.RenderAsync(TwoPages, CancellationToken.None));

        Assert.DoesNotContain("file://", text, StringComparison.Ordinal);
        Assert.DoesNotContain("document.html", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renders_several_documents_at_once()
    {
        using var renderer = Renderer();

        var pdfs = await Task.WhenAll(Enumerable.Range(1, 3).Select(i =>
            renderer.RenderAsync($"<html><body><p>Document {i}</p></body></html>", CancellationToken.None)));

        for (var i = 0; i < pdfs.Length; i++)
        {
            Assert.Contains($"Document {i + 1}", await PdfText.TextAsync(pdfs[i]), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_missing_browser_fails_with_what_to_install_or_configure()
    {
        using var renderer = Renderer(new DocumentsOptions { ChromiumPath = "/nonexistent/chromium" });

        var error = await Assert.ThrowsAsync<PdfRenderingException>(() => renderer.RenderAsync("<p>x</p>", CancellationToken.None));

        Assert.Contains("Documents:ChromiumPath", error.Message, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/chromium", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_that_takes_too_long_is_stopped_with_a_clear_error()
    {
        var slow = FakeBrowser("sleep 30");
        try
        {
            using var renderer = Renderer(new DocumentsOptions { ChromiumPath = slow, Timeout = TimeSpan.FromMilliseconds(300) });

            var error = await Assert.ThrowsAsync<PdfRenderingException>(() => renderer.RenderAsync("<p>x</p>", CancellationToken.None));

            Assert.Contains("longer than", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(slow);
        }
    }

    [Fact]
    public async Task A_browser_that_fails_reports_its_exit_code()
    {
        var failing = FakeBrowser("echo 'cannot open display' >&2\nexit 3");
        try
        {
            using var renderer = Renderer(new DocumentsOptions { ChromiumPath = failing });

            var error = await Assert.ThrowsAsync<PdfRenderingException>(() => renderer.RenderAsync("<p>x</p>", CancellationToken.None));

            Assert.Contains("code 3", error.Message, StringComparison.Ordinal);
            Assert.Contains("cannot open display", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(failing);
        }
    }

    /// <summary>A shell script standing in for a browser that misbehaves.</summary>
    private static string FakeBrowser(string script)
    {
        var path = Path.Combine(Path.GetTempPath(), $"fake-chromium-{Guid.NewGuid():N}");
        File.WriteAllText(path, $"#!/bin/sh\n{script}\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    private static ChromiumPdfRenderer Renderer(DocumentsOptions? options = null) => new(Options.Create(options ?? new DocumentsOptions()));
}
