namespace Mobility.Enrolment.Contracts.Directory;

/// <summary>A learner as other modules see them: no fewer-opportunities or special-needs data.</summary>
public sealed record LearnerSummary(
    Guid Id,
    string FirstName,
    string LastName,
    string? Email,
    DateOnly BirthDate,
    string Gender,
    string Nationality,
    Guid SchoolId,
    Guid QualificationId,
    int ProgrammeYear,
    bool HasGuardianConsent,
    IReadOnlyList<LanguageSkill> Languages);
