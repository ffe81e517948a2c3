using Mobility.BuildingBlocks.Commands;
using Mobility.BuildingBlocks.Domain;

namespace Mobility.Access.Commands;

/// <summary>Runs a command and turns bad input into one line and exit code 2, with nothing written.</summary>
internal abstract class AccessCommand : IHostCommand
{
    public const int BadInput = 2;

    public abstract string Name { get; }

    public abstract string Usage { get; }

    protected abstract string[] Options { get; }

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        try
        {
            await ExecuteAsync(CommandOptions.Parse(arguments, Options), output, cancellationToken);
            return 0;
        }
        catch (Exception e) when (e is CommandLineException or InvalidInputException or DomainRuleViolationException or NotFoundException)
        {
            await output.WriteLineAsync($"{Name}: {e.Message}");
            return BadInput;
        }
    }

    protected abstract Task ExecuteAsync(CommandOptions options, TextWriter output, CancellationToken cancellationToken);
}
