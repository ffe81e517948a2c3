using System.Diagnostics;
using System.Text;

namespace Mobility.Charts.Rasterizing;

/// <summary>
/// Rasterises with librsvg's <c>rsvg-convert</c> command (Debian package librsvg2-bin), piping SVG in and PNG out.
/// Needs the program on PATH and the DejaVu fonts (fonts-dejavu-core) so text matches the layout's metrics.
/// </summary>
/// <param name="executable">The program to run; <c>rsvg-convert</c> from PATH by default.</param>
public sealed class RsvgConvertRasterizer(string executable = "rsvg-convert") : IRasterizer
{
    /// <summary>How long a conversion may take before it is abandoned.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public byte[] Rasterize(string svg, int widthPixels, int heightPixels)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--format", "png", "--width", $"{widthPixels}", "--height", $"{heightPixels}", "--keep-aspect-ratio" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Start(start);
        var errors = process.StandardError.ReadToEndAsync();
        using var png = new MemoryStream();
        var output = process.StandardOutput.BaseStream.CopyToAsync(png);
        var input = new UTF8Encoding(false).GetBytes(svg);
        process.StandardInput.BaseStream.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(Timeout) || !output.Wait(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{executable} did not finish within {Timeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{executable} failed ({process.ExitCode}): {errors.Result.Trim()}");
        }

        return png.ToArray();
    }

    private Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"Could not run {executable}: {e.Message}. Install it (Debian: apt-get install librsvg2-bin fonts-dejavu-core) or pass another IRasterizer.", e);
        }
    }
}
