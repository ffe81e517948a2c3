using System.Text;
using Mobility.BuildingBlocks.Csv;

namespace Mobility.Placements.OpenData;

/// <summary>The rows of a file that pass every check, and the others with their reasons.</summary>
internal sealed record OpenDataFile(int RowsRead, IReadOnlyList<OpenDataRow> Rows, IReadOnlyList<RejectedRow> Rejected)
{
    public static OpenDataFile Read(string path, CancellationToken cancellationToken)
    {
        using var reader = Open(path);
        var csv = new CsvReader(reader);
        var headerRecord = csv.Read() ?? throw new OpenDataFileException($"{path} is empty.");
        var header = headerRecord.Error is null
            ? OpenDataHeader.Parse(headerRecord.Fields)
            : throw new OpenDataFileException($"The header of {path} is malformed: {headerRecord.Error}.");
        var rows = new List<OpenDataRow>();
        var rejected = new List<RejectedRow>();
        var lineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var read = 0;
        while (csv.Read() is { } record)
        {
            cancellationToken.ThrowIfCancellationRequested();
            read++;
            var (row, reason) = OpenDataRowParser.Parse(record, header);
            if (row is null)
            {
                rejected.Add(new RejectedRow(record.Line, reason!));
            }
            else if (row.NaturalKey.StartsWith("id:", StringComparison.Ordinal) && !lineOfId.TryAdd(row.NaturalKey, row.Line))
            {
                rejected.Add(new RejectedRow(row.Line, $"id {row.NaturalKey[3..]} already appears on line {lineOfId[row.NaturalKey]}"));
            }
            else
            {
                var occurrence = occurrences[row.NaturalKey] = occurrences.GetValueOrDefault(row.NaturalKey) + 1;
                rows.Add(row with { NaturalKey = NaturalKeys.Occurrence(row.NaturalKey, occurrence) });
            }
        }

        return new OpenDataFile(read, rows, rejected);
    }

    private static StreamReader Open(string path)
    {
        try
        {
            return new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new OpenDataFileException($"Cannot read {path}: {e.Message}");
        }
    }
}
