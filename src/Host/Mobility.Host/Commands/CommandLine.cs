using Mobility.BuildingBlocks.Commands;
using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Modules;

namespace Mobility.Host.Commands;

/// <summary>
/// Administrative commands: <c>seed-demo</c>, <c>help</c> and those the modules contribute (<see cref="IHostCommand"/>).
/// <c>--Key=value</c> arguments are settings (<c>--Database:Provider=Postgres</c>); the others name the command and
/// give its arguments, options included (<c>token create --email E --days 30</c>: an option without <c>=</c> takes the
/// next argument as its value). With no command, the web platform starts.
/// </summary>
internal static class CommandLine
{
    private const string SeedDemo = "seed-demo";

    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out);

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var words = args.Where(a => !IsSetting(a)).ToList();
        var settings = args.Where(IsSetting).Append("--Demo:SeedOnEmptyDatabase=false").Append("--Outbox:Enabled=false").ToArray();
        await using var app = MobilityApp.Build(settings);
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        await using var scope = app.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetServices<IHostCommand>().ToList();
        if (words.FirstOrDefault() == SeedDemo)
        {
            await app.Services.InitialiseModulesAsync(cancellation.Token);
            foreach (var line in await DemoDataRunner.SeedAsync(app.Services, cancellation.Token))
            {
                await output.WriteLineAsync(line);
            }

            return 0;
        }

        var command = commands.Where(c => Names(c, words)).MaxBy(c => c.Name.Length);
        if (command is null)
        {
            return await HelpAsync(words, commands, output);
        }

        await app.Services.InitialiseModulesAsync(cancellation.Token);
        return await command.RunAsync(words.Skip(command.Name.Split(' ').Length).ToList(), output, cancellation.Token);
    }

    private static bool IsSetting(string argument) =>
        argument.StartsWith("--", StringComparison.Ordinal) && argument.Contains('=', StringComparison.Ordinal);

    private static bool Names(IHostCommand command, List<string> words)
    {
        var name = command.Name.Split(' ');
        return words.Count >= name.Length && name.SequenceEqual(words.Take(name.Length), StringComparer.Ordinal);
    }

    private static async Task<int> HelpAsync(List<string> words, List<IHostCommand> commands, TextWriter output)
    {
        var isHelp = words is ["help", ..];
        if (!isHelp)
        {
            await output.WriteLineAsync($"Unknown command '{string.Join(' ', words)}'.");
        }

        await output.WriteLineAsync("Commands (settings as --Key=value may follow):");
        await output.WriteLineAsync($"  {SeedDemo}  creates or upgrades the schema, then loads the demo consortia");
        foreach (var command in commands.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            await output.WriteLineAsync($"  {command.Name} {command.Usage}");
        }

        await output.WriteLineAsync("  help  lists these commands");
        return isHelp ? 0 : 2;
    }
}
