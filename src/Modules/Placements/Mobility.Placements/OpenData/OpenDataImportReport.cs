namespace Mobility.Placements.OpenData;

/// <summary>What an import did. Rows read = imported + already present + rejected.</summary>
internal sealed record OpenDataImportReport(
    int RowsRead, int Imported, int AlreadyPresent, IReadOnlyList<RejectedRow> Rejected, int OrganisationsAdded, int ParticipantsAdded);

/// <summary>A data row left out, with its line in the file (the header is line 1).</summary>
internal sealed record RejectedRow(int Line, string Reason);
