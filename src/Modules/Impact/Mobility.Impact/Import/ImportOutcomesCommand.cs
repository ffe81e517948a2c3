using MediatR;
using Mobility.BuildingBlocks.Commands;
using Mobility.BuildingBlocks.Domain;

namespace Mobility.Impact.Import;

/// <summary><c>import outcomes FILE</c>: exit 0 when the file was processed, even with rejected rows; 1 when it could not be.</summary>
internal sealed class ImportOutcomesCommand(IMediator mediator) : IHostCommand
{
    public const int MaxRejectedLines = 50;

    public string Name => "import outcomes";

    public string Usage => "FILE  imports outcome data from a CSV file (exam results, language assessments, career outcomes, survey answers, staff outcomes)";

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
            foreach (var line in Lines(await mediator.Send(new ImportOutcomes(arguments[0]), cancellationToken)))
            {
                await output.WriteLineAsync(line);
            }

            return 0;
        }
        catch (Exception e) when (e is OutcomeFileException or InvalidInputException)
        {
            await output.WriteLineAsync($"Nothing imported: {e.Message}");
            return 1;
        }
    }

    public static IEnumerable<string> Lines(OutcomeImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        yield return $"Rows read: {report.RowsRead}";
        yield return $"Imported: {report.ImportedTotal}";
        foreach (var (kind, count) in report.Imported.Where(i => i.Value > 0))
        {
            yield return $"  {OutcomeRowParser.Describe(kind)}: {count}";
        }

        yield return $"Already present: {report.AlreadyPresent}";
        yield return $"Rejected: {report.Rejected.Count}";
        foreach (var rejected in report.Rejected.Take(MaxRejectedLines))
        {
            yield return $"line {rejected.Line}: {rejected.Reason}";
        }

        if (report.Rejected.Count > MaxRejectedLines)
        {
            yield return $"and {report.Rejected.Count - MaxRejectedLines} more";
        }
    }
}
