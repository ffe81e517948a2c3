using System.Globalization;
using System.Text;

namespace Mobility.Impact.Reports;

/// <summary>The report's figures as CSV (RFC 4180, UTF-8): one row per figure, with the counts behind it.</summary>
internal static class ReportCsv
{
    /// <summary>Counts as whole numbers and rates to 4 decimals, whatever scale the database gave back ("471", not "471.0000").</summary>
    private const string Number = "0.####";

    public static string Render(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var csv = new StringBuilder("indicator,dimension,group,skill,numerator,denominator,value,suppressed\r\n");
        foreach (var f in content.Figures)
        {
            csv.Append(Field(f.Indicator.ToString())).Append(',').Append(Field(f.Dimension.ToString())).Append(',')
                .Append(Field(content.Label(f.Dimension, f.Group))).Append(',').Append(Field(f.Skill ?? "")).Append(',')
                .Append(f.Numerator?.ToString(Number, CultureInfo.InvariantCulture)).Append(',')
                .Append(f.Denominator?.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(f.Value?.ToString(Number, CultureInfo.InvariantCulture)).Append(',')
                .Append(f.Suppressed ? "true" : "false").Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Field(string value)
        => value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
