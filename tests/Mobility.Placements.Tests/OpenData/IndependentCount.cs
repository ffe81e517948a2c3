using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Mobility.Placements.Tests.OpenData;

/// <summary>
/// Counts a file with its own minimal parsing (quotes handled, nothing checked), so the import is compared with
/// something that shares none of its code.
/// </summary>
internal sealed partial record IndependentCount(
    int Mobilities, int Organisations, int ReceivingCountries, IReadOnlyDictionary<string, int> RowsPerAcademicYear)
{
    public static IndependentCount Of(string path)
    {
        var records = Split(File.ReadAllText(path, Encoding.UTF8));
        var header = records[0].Select(h => h.Trim()).ToList();
        int Column(string name) => header.IndexOf(name);
        var rows = records.Skip(1).Where(r => r.Count == header.Count).ToList();
        string Organisation(IReadOnlyList<string> row, string role)
            => string.Join('|', Normal(row[Column($"{role}_organization")]), row[Column($"{role}_country_code")].Trim(), Normal(row[Column($"{role}_city")]));
        return new IndependentCount(
            rows.Select(r => r[Column("id")]).Distinct().Count(),
            rows.SelectMany(r => new[] { Organisation(r, "sending"), Organisation(r, "receiving") }).Distinct().Count(),
            rows.Select(r => r[Column("receiving_country_code")]).Distinct().Count(),
            rows.GroupBy(r => r[Column("academic_year")]).ToDictionary(g => g.Key, g => g.Count()));
    }

    private static string Normal(string value)
        => Spaces().Replace(value.Normalize().Trim(), " ").ToLower(CultureInfo.InvariantCulture);

    private static List<List<string>> Split(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted && c == '"' && i + 1 < text.Length && text[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (!quoted && c == '\n')
            {
                record.Add(field.ToString().TrimEnd('\r'));
                records.Add(record);
                (record, field) = ([], new StringBuilder());
            }
            else
            {
                field.Append(c);
            }
        }

        return records;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
