using System.Text;
using Mobility.BuildingBlocks.Csv;

namespace Mobility.Impact.Import;

/// <summary>
/// An outcome CSV file: a header naming its columns (any order, case-insensitive; unknown columns ignored), then one
/// outcome per row, its kind in the <c>kind</c> column. Rows that parse, and the others with their reasons.
/// </summary>
internal sealed record OutcomeFile(int RowsRead, IReadOnlyList<OutcomeRow> Rows, IReadOnlyList<RejectedOutcomeRow> Rejected)
{
    public static OutcomeFile Read(string path, CancellationToken cancellationToken)
    {
        using var reader = Open(path);
        var csv = new CsvReader(reader);
        var headerRecord = csv.Read() ?? throw new OutcomeFileException($"{path} is empty.");
        if (headerRecord.Error is not null)
        {
            throw new OutcomeFileException($"The header of {path} is malformed: {headerRecord.Error}.");
        }

        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headerRecord.Fields.Count; i++)
        {
            if (!columns.TryAdd(headerRecord.Fields[i].Trim(), i))
            {
                throw new OutcomeFileException($"The header names the column '{headerRecord.Fields[i].Trim()}' twice.");
            }
        }

        if (!columns.ContainsKey(OutcomeColumns.Kind))
        {
            throw new OutcomeFileException(
                $"The header has no '{OutcomeColumns.Kind}' column; this is not an outcome file (see the format in docs/impact.md).");
        }

        var rows = new List<OutcomeRow>();
        var rejected = new List<RejectedOutcomeRow>();
        var lineOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var read = 0;
        while (csv.Read() is { } record)
        {
            cancellationToken.ThrowIfCancellationRequested();
            read++;
            if (record.Error is not null)
            {
                rejected.Add(new RejectedOutcomeRow(record.Line, record.Error));
                continue;
            }

            if (record.Fields.Count != headerRecord.Fields.Count)
            {
                rejected.Add(new RejectedOutcomeRow(record.Line, $"{record.Fields.Count} fields where the header has {headerRecord.Fields.Count}"));
                continue;
            }

            var (row, reason) = OutcomeRowParser.Parse(record.Line, new OutcomeFields(record.Fields, columns));
            if (row is null)
            {
                rejected.Add(new RejectedOutcomeRow(record.Line, reason!));
            }
            else if (!lineOfKey.TryAdd(row.Key, row.Line))
            {
                rejected.Add(new RejectedOutcomeRow(row.Line, $"the same {OutcomeRowParser.Describe(row.Kind)} as line {lineOfKey[row.Key]}"));
            }
            else
            {
                rows.Add(row);
            }
        }

        return new OutcomeFile(read, rows, rejected);
    }

    private static StreamReader Open(string path)
    {
        try
        {
            return new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new OutcomeFileException($"Cannot read {path}: {e.Message}");
        }
    }
}
