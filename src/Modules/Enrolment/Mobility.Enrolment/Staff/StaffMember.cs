using Mobility.BuildingBlocks.Domain;
using Mobility.Enrolment.Organisations;

namespace Mobility.Enrolment.Staff;

/// <summary>A member of an organisation's staff who takes part in mobility: teaching, accompanying, paying, coordinating.</summary>
internal sealed class StaffMember
{
    private StaffMember()
    {
    }

    public Guid Id { get; private set; }

    public string FirstName { get; private set; } = "";

    public string LastName { get; private set; } = "";

    public string Email { get; private set; } = "";

    public StaffRole Role { get; private set; }

    public Guid OrganisationId { get; private set; }

    public static StaffMember Register(
        Guid id, string firstName, string lastName, string email, StaffRole role, Organisation organisation)
    {
        Rule.Require(!string.IsNullOrWhiteSpace(firstName) && !string.IsNullOrWhiteSpace(lastName), "STAFF_NAME_REQUIRED",
            "A staff member needs a first and a last name.");
        Rule.Require(!string.IsNullOrWhiteSpace(email) && email.Contains('@', StringComparison.Ordinal), "STAFF_EMAIL_REQUIRED",
            "A staff member needs an e-mail address.");
        Rule.Require(Enum.IsDefined(role), "STAFF_ROLE_UNKNOWN", $"{role} is not a staff role.");
        return new StaffMember
        {
            Id = id,
            FirstName = firstName.Trim(),
            LastName = lastName.Trim(),
            Email = email.Trim(),
            Role = role,
            OrganisationId = organisation.Id,
        };
    }
}
