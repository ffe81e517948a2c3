namespace Mobility.Enrolment.Contracts.Directory;

public sealed record ConsortiumSummary(
    Guid Id,
    string Name,
    string ProjectReference,
    string? AccreditationNumber,
    DateOnly StartsOn,
    DateOnly EndsOn,
    Guid CoordinatorId,
    IReadOnlyList<Guid> MemberIds);
