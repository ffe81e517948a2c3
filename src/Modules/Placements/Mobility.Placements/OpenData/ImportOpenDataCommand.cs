using MediatR;
using Mobility.BuildingBlocks.Commands;
using Mobility.BuildingBlocks.Domain;

namespace Mobility.Placements.OpenData;

/// <summary><c>import erasmus-open-data FILE</c>: exit 0 when the file was processed, even with rejected rows; 1 when it could not be.</summary>
internal sealed class ImportOpenDataCommand(IMediator mediator) : IHostCommand
{
    public string Name => "import erasmus-open-data";

    public string Usage => "FILE  imports an Erasmus+ mobility open-data CSV file (organisations, participants, mobilities)";

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
            var report = await mediator.Send(new ImportOpenData(arguments[0]), cancellationToken);
            foreach (var line in OpenDataSummary.Lines(report))
            {
                await output.WriteLineAsync(line);
            }

            return 0;
        }
        catch (Exception e) when (e is OpenDataFileException or InvalidInputException)
        {
            await output.WriteLineAsync($"Nothing imported: {e.Message}");
            return 1;
        }
    }
}
