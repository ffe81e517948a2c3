using System.Text;

namespace Mobility.BuildingBlocks.Csv;

/// <summary>
/// RFC 4180 records: comma-separated, fields optionally quoted, "" inside quotes for a quote, line breaks inside
/// quotes kept; \n, \r\n and \r end a record. Blank lines are skipped. A malformed record is returned with its
/// error so the caller can report it and go on.
/// </summary>
public sealed class CsvReader(TextReader reader)
{
    private readonly StringBuilder _field = new();
    private int _line = 1;

    public CsvRecord? Read()
    {
        while (reader.Peek() != -1)
        {
            var record = ReadOne();
            if (record.Error is not null || record.Fields.Count > 1 || record.Fields[0].Length > 0)
            {
                return record;
            }
        }

        return null;
    }

    private CsvRecord ReadOne()
    {
        var start = _line;
        var fields = new List<string>();
        string? error = null;
        var quoted = false;
        _field.Clear();
        while (true)
        {
            var c = reader.Read();
            switch (c)
            {
                case -1 or '\n' or '\r':
                    EndOfLine(c);
                    fields.Add(_field.ToString());
                    return new CsvRecord(start, fields, error);
                case ',':
                    fields.Add(_field.ToString());
                    _field.Clear();
                    quoted = false;
                    break;
                case '"' when _field.Length == 0 && !quoted:
                    quoted = true;
                    error ??= ReadQuoted();
                    break;
                default:
                    error ??= quoted ? "text follows a closing quote" : c == '"' ? "a quote inside an unquoted field" : null;
                    _field.Append((char)c);
                    break;
            }
        }
    }

    /// <summary>Reads up to the closing quote; returns an error when the file ends first.</summary>
    private string? ReadQuoted()
    {
        while (true)
        {
            var c = reader.Read();
            switch (c)
            {
                case -1:
                    return "a quoted field is not closed before the end of the file";
                case '"' when reader.Peek() == '"':
                    reader.Read();
                    _field.Append('"');
                    break;
                case '"':
                    return null;
                default:
                    if (c == '\n' || (c == '\r' && reader.Peek() != '\n'))
                    {
                        _line++;
                    }

                    _field.Append((char)c);
                    break;
            }
        }
    }

    private void EndOfLine(int c)
    {
        if (c == '\r' && reader.Peek() == '\n')
        {
            reader.Read();
        }

        if (c != -1)
        {
            _line++;
        }
    }
}
