using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.GraphQL;
using Mobility.Placements.Scoping;
using Mobility.Placements.SendingCompanies;

namespace Mobility.Placements.GraphQL;

/// <summary>An apprentice's employer at home: when it was told of the planned mobility and whether it agreed.</summary>
[GraphQLName("SendingCompany")]
[Node]
internal sealed class SendingCompanyNode
{
    /// <summary>The sending company's id.</summary>
    public Guid Id { get; set; }

    /// <summary>Its name.</summary>
    public string Name { get; set; } = "";

    /// <summary>The city it is in.</summary>
    public string City { get; set; } = "";

    /// <summary>The person at the company who follows the apprentice.</summary>
    public string ContactName { get; set; } = "";

    /// <summary>Their e-mail.</summary>
    public string ContactEmail { get; set; } = "";

    /// <summary>The day the apprenticeship contract was signed.</summary>
    public DateOnly ContractSignedOn { get; set; }

    /// <summary>The day the company was told of the planned mobility (the seed advises the contract's day).</summary>
    public DateOnly? InformedOn { get; set; }

    /// <summary>Whether it agreed: pending, agreed or refused.</summary>
    public SendingCompanyAgreement Agreement { get; set; }

    /// <summary>The day it decided.</summary>
    public DateOnly? AgreementDecidedOn { get; set; }

    /// <summary>What it said, if noted.</summary>
    public string? AgreementNote { get; set; }

    [GraphQLIgnore]
    [IsProjected]
    public Guid LearnerId { get; set; }

    /// <summary>The sending company with this id as the viewer may see it (node(id:) and the lookup), or null.</summary>
    [NodeResolver]
    public static async Task<SendingCompanyNode?> GetAsync(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        await (await mediator.Send(new ListVisibleSendingCompanies(), cancellationToken)).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
}
