namespace Mobility.Enrolment.Contracts.Directory;

public sealed record MobilityCallSummary(
    Guid Id,
    Guid ConsortiumId,
    string Title,
    DateOnly ApplicationsOpenOn,
    DateOnly ApplicationsCloseOn,
    DateOnly MobilityStartsOn,
    DateOnly MobilityEndsOn,
    int Places);
