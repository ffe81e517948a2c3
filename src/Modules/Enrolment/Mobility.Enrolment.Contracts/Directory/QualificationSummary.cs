namespace Mobility.Enrolment.Contracts.Directory;

public sealed record QualificationSummary(
    Guid Id,
    string NationalName,
    string NationalLevel,
    string Country,
    int EqfLevel,
    string IscedField,
    IReadOnlyList<QualificationUnitSummary> Units);

/// <summary>A unit of a qualification; optional units (the French UFM) can be earned through mobility.</summary>
public sealed record QualificationUnitSummary(Guid Id, string Code, string Title, bool IsOptional);
