namespace Mobility.Enrolment.Contracts.Directory;

public sealed record StaffSummary(Guid Id, string FirstName, string LastName, string Email, string Role, Guid OrganisationId);
