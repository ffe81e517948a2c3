using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.Enrolment.Scoping;
using Mobility.Enrolment.Staff;
using Mobility.GraphQL;

namespace Mobility.Enrolment.GraphQL;

/// <summary>A member of an organisation's staff taking part in mobility; seen by the coordinators and staff of their organisation.</summary>
[GraphQLName("StaffMember")]
[Node]
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

    /// <summary>The staff member with this id as the viewer may see it (node(id:) and the lookup), or null.</summary>
    [NodeResolver]
    public static async Task<StaffMemberNode?> GetAsync(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        await (await mediator.Send(new ListVisibleStaff(), cancellationToken)).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
}
