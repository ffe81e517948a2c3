namespace Mobility.BuildingBlocks.Commands;

/// <summary>
/// An administrative command a module contributes to the host's command line (registered in DI, resolved in a scope
/// after the modules are initialised).
/// </summary>
public interface IHostCommand
{
    /// <summary>The words that name the command, e.g. "import erasmus-open-data".</summary>
    string Name { get; }

    /// <summary>One line: the arguments after the name and what the command does.</summary>
    string Usage { get; }

    /// <summary>Runs with the arguments that follow the name; returns the process exit code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken);
}
