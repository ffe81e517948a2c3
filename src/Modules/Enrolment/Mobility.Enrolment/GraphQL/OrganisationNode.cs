using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Enrolment.Organisations;
using Mobility.Enrolment.Scoping;
using Mobility.GraphQL;

namespace Mobility.Enrolment.GraphQL;

/// <summary>A school, training centre, chamber of crafts, company or authority taking part in mobility.</summary>
[GraphQLName("Organisation")]
[Node]
internal sealed class OrganisationNode
{
    /// <summary>The organisation's id.</summary>
    public Guid Id { get; set; }

    /// <summary>Its name.</summary>
    public string Name { get; set; } = "";

    /// <summary>What kind of organisation it is.</summary>
    public OrganisationKind Kind { get; set; }

    /// <summary>ISO 3166-1 alpha-2 (GR and GB, not EL and UK).</summary>
    public string Country { get; set; } = "";

    /// <summary>The city it is in.</summary>
    public string City { get; set; } = "";

    /// <summary>The Erasmus+ Organisation ID, E followed by eight digits.</summary>
    public string? Oid { get; set; }

    /// <summary>The Erasmus code, for organisations that have one.</summary>
    public string? ErasmusCode { get; set; }

    /// <summary>The trades it trains or works in.</summary>
    public List<string> Sectors { get; set; } = [];

    public static OrganisationNode From(OrganisationSummary summary) => new()
    {
        Id = summary.Id,
        Name = summary.Name,
        Kind = Enum.Parse<OrganisationKind>(summary.Kind),
        Country = summary.Country,
        City = summary.City,
        Oid = summary.Oid,
        ErasmusCode = summary.ErasmusCode,
        Sectors = [.. summary.Sectors],
    };

    /// <summary>The organisation with this id as the viewer may see it (node(id:) and the lookup), or null.</summary>
    [NodeResolver]
    public static async Task<OrganisationNode?> GetAsync(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        await (await mediator.Send(new ListVisibleOrganisations(), cancellationToken)).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
}
