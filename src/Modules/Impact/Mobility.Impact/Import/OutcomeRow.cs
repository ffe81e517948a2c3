using MediatR;

namespace Mobility.Impact.Import;

/// <summary>The kinds of outcome an import file's rows carry, named in its <c>kind</c> column.</summary>
internal enum OutcomeRowKind
{
    ExamResult,
    LanguageAssessment,
    CareerOutcome,
    SurveyAnswer,
    StaffOutcome,
}

/// <summary>
/// A row that parsed: the use case it sends (one of the outcome entry use cases) and the key that says which record
/// it writes, so a file naming the same record twice is caught.
/// </summary>
internal sealed record OutcomeRow(int Line, OutcomeRowKind Kind, string Key, IBaseRequest Request);

/// <summary>A data row left out, with its line in the file (the header is line 1) and why.</summary>
internal sealed record RejectedOutcomeRow(int Line, string Reason);

/// <summary>What an import did. Rows read = imported + already present + rejected.</summary>
internal sealed record OutcomeImportReport(
    int RowsRead, IReadOnlyDictionary<OutcomeRowKind, int> Imported, int AlreadyPresent, IReadOnlyList<RejectedOutcomeRow> Rejected)
{
    public int ImportedTotal => Imported.Values.Sum();
}

/// <summary>The whole file cannot be imported (unreadable, empty, no kind column): nothing was written.</summary>
internal sealed class OutcomeFileException(string message) : Exception(message);
