using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.GraphQL;
using Mobility.Placements.HostOrganisations;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.GraphQL;

/// <summary>A company or training body abroad that receives participants.</summary>
[GraphQLName("HostOrganisation")]
[Node]
internal sealed class HostOrganisationNode
{
    /// <summary>The host organisation's id.</summary>
    public Guid Id { get; set; }

    /// <summary>Its name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Company or training body.</summary>
    public HostOrganisationKind Kind { get; set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string Country { get; set; } = "";

    /// <summary>The city it is in.</summary>
    public string City { get; set; } = "";

    /// <summary>Where it is, for the travel grant's distance band.</summary>
    public double Latitude { get; set; }

    /// <summary>Where it is, for the travel grant's distance band.</summary>
    public double Longitude { get; set; }

    /// <summary>The trade it works in.</summary>
    public string Sector { get; set; } = "";

    /// <summary>The contact person; null for a funder, who never sees a name.</summary>
    public string? ContactName { get; set; }

    /// <summary>The contact person's e-mail; null for a funder.</summary>
    public string? ContactEmail { get; set; }

    /// <summary>The contact person's phone, when given; null for a funder.</summary>
    public string? ContactPhone { get; set; }

    /// <summary>The host organisation with this id as the viewer may see it (node(id:) and the lookup), or null.</summary>
    [NodeResolver]
    public static async Task<HostOrganisationNode?> GetAsync(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        await (await mediator.Send(new ListVisibleHostOrganisations(), cancellationToken)).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
}
