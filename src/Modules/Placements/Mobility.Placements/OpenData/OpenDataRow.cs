namespace Mobility.Placements.OpenData;

/// <summary>A data row that passed every check, with its line number in the file.</summary>
internal sealed record OpenDataRow(
    int Line,
    string NaturalKey,
    string ProjectReference,
    string KeyAction,
    string AcademicYear,
    DateOnly StartMonth,
    DateOnly EndMonth,
    int DurationDays,
    string Activity,
    int? Participants,
    string? FieldOfEducation,
    string? EducationLevel,
    string? Nationality,
    string Gender,
    int Age,
    string Profile,
    bool SpecialNeeds,
    bool FewerOpportunities,
    bool GroupLeader,
    OpenDataPlace Sending,
    OpenDataPlace Receiving);
