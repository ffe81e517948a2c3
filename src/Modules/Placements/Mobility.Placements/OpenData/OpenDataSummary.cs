namespace Mobility.Placements.OpenData;

/// <summary>The command's report: counts first, then each rejected row, capped so a wrong file does not flood the console.</summary>
internal static class OpenDataSummary
{
    public const int MaxRejectedLines = 50;

    public static IEnumerable<string> Lines(OpenDataImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        yield return $"Rows read: {report.RowsRead}";
        yield return $"Imported: {report.Imported}";
        yield return $"Already present: {report.AlreadyPresent}";
        yield return $"Rejected: {report.Rejected.Count}";
        yield return $"Organisations added: {report.OrganisationsAdded}";
        yield return $"Participants added: {report.ParticipantsAdded}";
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
