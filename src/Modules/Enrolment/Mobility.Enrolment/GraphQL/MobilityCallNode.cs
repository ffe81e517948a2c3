using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.Enrolment.Scoping;
using Mobility.GraphQL;
using Mobility.GraphQL.Execution;

namespace Mobility.Enrolment.GraphQL;

/// <summary>A consortium's call for learners: an application window, then a mobility period with a number of places.</summary>
[GraphQLName("MobilityCall")]
[Node]
internal sealed class MobilityCallNode
{
    /// <summary>The call's id.</summary>
    public Guid Id { get; set; }

    /// <summary>Its title.</summary>
    public string Title { get; set; } = "";

    /// <summary>First day applications are accepted.</summary>
    public DateOnly ApplicationsOpenOn { get; set; }

    /// <summary>Last day applications are accepted.</summary>
    public DateOnly ApplicationsCloseOn { get; set; }

    /// <summary>First day of the mobility period.</summary>
    public DateOnly MobilityStartsOn { get; set; }

    /// <summary>Last day of the mobility period.</summary>
    public DateOnly MobilityEndsOn { get; set; }

    /// <summary>How many learners can be selected.</summary>
    public int Places { get; set; }

    [GraphQLIgnore]
    [IsProjected]
    public Guid ConsortiumId { get; set; }

    /// <summary>The consortium that opened the call.</summary>
    public Task<ConsortiumType?> GetConsortiumAsync(ResolverContext context) => ConsortiumLoader.LoadAsync(context, ConsortiumId);

    /// <summary>The mobility call with this id as the viewer may see it (node(id:) and the lookup), or null.</summary>
    [NodeResolver]
    public static async Task<MobilityCallNode?> GetAsync(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        await (await mediator.Send(new ListVisibleCalls(), cancellationToken)).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
}
