using Mobility.BuildingBlocks.Domain;

namespace Mobility.BuildingBlocks.Commands;

/// <summary>
/// A command importing one file (<c>{Name} FILE</c>): prints the import's summary and exits 0 when the file was
/// processed, even with rejected rows; prints why and exits 1 when the file could not be used at all, nothing
/// imported.
/// </summary>
public abstract class FileImportCommand : IHostCommand
{
    public abstract string Name { get; }

    public abstract string Usage { get; }

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        if (arguments.Count != 1)
        {
            await output.WriteLineAsync($"Usage: {Name} {Usage}");
            return 1;
        }

        try
        {
            foreach (var line in await ImportAsync(arguments[0], cancellationToken))
            {
                await output.WriteLineAsync(line);
            }

            return 0;
        }
        catch (Exception e) when (e is InvalidInputException || IsUnusableFile(e))
        {
            await output.WriteLineAsync($"Nothing imported: {e.Message}");
            return 1;
        }
    }

    /// <summary>Imports <paramref name="file"/> and answers the lines of its summary.</summary>
    protected abstract Task<IEnumerable<string>> ImportAsync(string file, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="exception"/> is the import's refusal of the file as a whole (not a crash).</summary>
    protected abstract bool IsUnusableFile(Exception exception);
}
