using System.Diagnostics;

namespace Mobility.Recognition.Tests;

/// <summary>Reads a PDF back with poppler's pdftotext and pdfinfo, as a person's PDF reader would.</summary>
internal static class PdfText
{
    public static Task<string> TextAsync(byte[] pdf) => RunOnFileAsync("pdftotext", pdf, file => ["-layout", file, "-"]);

    public static Task<string> InfoAsync(byte[] pdf) => RunOnFileAsync("pdfinfo", pdf, file => [file]);

    private static async Task<string> RunOnFileAsync(string tool, byte[] pdf, Func<string, string[]> arguments)
    {
        var file = Path.Combine(Path.GetTempPath(), $"mobility-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments(file))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"{tool} failed: {await process.StandardError.ReadToEndAsync()}");
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
