using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Modules;

namespace Mobility.Host.Commands;

/// <summary>Administrative commands: <c>seed-demo</c>. Anything else starts the web platform.</summary>
internal static class CommandLine
{
    private static readonly string[] Commands = ["seed-demo"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        var rest = args.Skip(1).Append("--Demo:SeedOnEmptyDatabase=false").Append("--Outbox:Enabled=false").ToArray();
        await using var app = MobilityApp.Build(rest);
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        switch (args[0])
        {
            case "seed-demo":
                await app.Services.InitialiseModulesAsync(cancellation.Token);
                foreach (var line in await DemoDataRunner.SeedAsync(app.Services, cancellation.Token))
                {
                    Console.WriteLine(line);
                }

                return 0;
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'.");
                return 2;
        }
    }
}
