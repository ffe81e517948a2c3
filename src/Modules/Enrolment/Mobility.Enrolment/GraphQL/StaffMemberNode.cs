using Mobility.Enrolment.Staff;
using Mobility.GraphQL;

namespace Mobility.Enrolment.GraphQL;

/// <summary>A member of an organisation's staff taking part in mobility; seen by the coordinators and staff of their organisation.</summary>
[GraphQLName("StaffMember")]
internal sealed class StaffMemberNode
{
    /// <summary>The staff member's id.</summary>
    public Guid Id { get; set; }

    /// <summary>First name.</summary>
    public string FirstName { get; set; } = "";

    /// <summary>Last name.</summary>
    public string LastName { get; set; } = "";

    /// <summary>E-mail address.</summary>
    public string Email { get; set; } = "";

    /// <summary>What they do in mobility.</summary>
    public StaffRole Role { get; set; }

    /// <summary>The organisation they work for.</summary>
    public OrganisationNode Organisation { get; set; } = null!;
}
