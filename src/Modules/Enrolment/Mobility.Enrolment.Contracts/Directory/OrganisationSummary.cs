namespace Mobility.Enrolment.Contracts.Directory;

/// <summary>An organisation; <see cref="Country"/> is ISO 3166-1 (GR and GB, not EL and UK).</summary>
public sealed record OrganisationSummary(
    Guid Id, string Name, string Kind, string Country, string City, string? Oid, string? ErasmusCode,
    IReadOnlyList<string> Sectors);
