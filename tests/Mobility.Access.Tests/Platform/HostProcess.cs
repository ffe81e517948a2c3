using System.Diagnostics;
using Mobility.BuildingBlocks.Persistence;

namespace Mobility.Access.Tests.Platform;

/// <summary>The host's command line run as an operator runs it: a separate process over the same database.</summary>
internal static class HostProcess
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(DatabaseOptions database, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Mobility.Host.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.ArgumentList.Add($"--Database:Provider={database.Provider}");
        info.ArgumentList.Add($"--ConnectionStrings:Mobility={database.ConnectionString}");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await output).ReplaceLineEndings("\n"), (await error).ReplaceLineEndings("\n"));
    }
}
