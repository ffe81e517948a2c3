using MediatR;
using Mobility.BuildingBlocks.Commands;

namespace Mobility.Impact.Import;

/// <summary><c>import outcomes FILE</c>: exit 0 when the file was processed, even with rejected rows; 1 when it could not be.</summary>
internal sealed class ImportOutcomesCommand(IMediator mediator) : FileImportCommand
{
    public const int MaxRejectedLines = 50;

    public override string Name => "import outcomes";

    public override string Usage => "FILE  imports outcome data from a CSV file (exam results, language assessments, career outcomes, survey answers, staff outcomes)";

    protected override async Task<IEnumerable<string>> ImportAsync(string file, CancellationToken cancellationToken)
        => Lines(await mediator.Send(new ImportOutcomes(file), cancellationToken));

    protected override bool IsUnusableFile(Exception exception) => exception is OutcomeFileException;

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
