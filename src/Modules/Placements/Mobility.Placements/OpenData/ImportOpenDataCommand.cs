using MediatR;
using Mobility.BuildingBlocks.Commands;

namespace Mobility.Placements.OpenData;

/// <summary><c>import erasmus-open-data FILE</c>: exit 0 when the file was processed, even with rejected rows; 1 when it could not be.</summary>
internal sealed class ImportOpenDataCommand(IMediator mediator) : FileImportCommand
{
    public override string Name => "import erasmus-open-data";

    public override string Usage => "FILE  imports an Erasmus+ mobility open-data CSV file (organisations, participants, mobilities)";

    protected override async Task<IEnumerable<string>> ImportAsync(string file, CancellationToken cancellationToken)
        => OpenDataSummary.Lines(await mediator.Send(new ImportOpenData(file), cancellationToken));

    protected override bool IsUnusableFile(Exception exception) => exception is OpenDataFileException;
}
