using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.GraphQL;
using Mobility.GraphQL.Execution;
using Mobility.Placements.Contracts;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.GraphQL;

/// <summary>
/// A mobility period abroad: an outgoing learner or staff member at a host, or someone from abroad hosted by a
/// member school. Seen by the coordinators and staff of the sending (or hosting) school, its host tutor and its
/// participant; never by a funder.
/// </summary>
[GraphQLName("Placement")]
[Node]
internal sealed class PlacementNode
{
    /// <summary>The placement's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The Erasmus+ VET activity.</summary>
    public PlacementKind Kind { get; set; }

    /// <summary>Outgoing (a member's participant goes abroad) or incoming (a member school hosts someone).</summary>
    public PlacementDirection Direction { get; set; }

    /// <summary>Where it stands.</summary>
    public PlacementStatus Status { get; set; }

    /// <summary>The year of the Erasmus+ call that funds it.</summary>
    public int CallYear { get; set; }

    /// <summary>First day abroad.</summary>
    public DateOnly StartsOn { get; set; }

    /// <summary>Last day abroad.</summary>
    public DateOnly EndsOn { get; set; }

    /// <summary>Days abroad, travel excluded.</summary>
    public int DurationDays { get; set; }

    /// <summary>Where the participant leaves from.</summary>
    public string OriginCity { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-2 of the origin.</summary>
    public string OriginCountry { get; set; } = "";

    /// <summary>Where the participant goes.</summary>
    public string DestinationCity { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-2 of the destination.</summary>
    public string DestinationCountry { get; set; } = "";

    /// <summary>For an incoming placement, the person the member school hosts.</summary>
    public string? IncomingParticipantName { get; set; }

    /// <summary>For an incoming placement, where that person comes from.</summary>
    public string? IncomingHomeOrganisation { get; set; }

    /// <summary>When it was planned.</summary>
    public DateTime PlannedAt { get; set; }

    /// <summary>When it was confirmed.</summary>
    public DateTime? ConfirmedAt { get; set; }

    /// <summary>When it started.</summary>
    public DateTime? StartedAt { get; set; }

    /// <summary>When it was completed, cancelled or interrupted.</summary>
    public DateTime? ClosedAt { get; set; }

    /// <summary>The last day abroad of an interrupted placement.</summary>
    public DateOnly? InterruptedOn { get; set; }

    /// <summary>Why it was cancelled or interrupted.</summary>
    public string? ClosingReason { get; set; }

    /// <summary>Whether it stopped for reasons beyond anyone's control.</summary>
    public bool ForceMajeure { get; set; }

    /// <summary>The company or training body abroad, for an outgoing placement.</summary>
    public HostOrganisationNode? HostOrganisation { get; set; }

    /// <summary>The person at the host who guides the participant, once appointed.</summary>
    public HostTutorNode? HostTutor { get; set; }

    /// <summary>The apprentice's employer at home, when the learner has one.</summary>
    public SendingCompanyNode? SendingCompany { get; set; }

    [GraphQLIgnore]
    [IsProjected]
    public Guid? LearnerId { get; set; }

    [GraphQLIgnore]
    [IsProjected]
    public Guid? StaffMemberId { get; set; }

    [GraphQLIgnore]
    [IsProjected]
    public Guid? SendingOrganisationId { get; set; }

    /// <summary>The learning agreement's versions, latest last, with objectives and signatures.</summary>
    public Task<IReadOnlyList<LearningAgreementNode>> GetLearningAgreementsAsync(ResolverContext context) =>
        PlacementLoaders.LearningAgreementsAsync(context, Id);

    /// <summary>Check-ins during the placement and the final debriefing, earliest first.</summary>
    public Task<IReadOnlyList<FollowUpNode>> GetFollowUpsAsync(ResolverContext context) => PlacementLoaders.FollowUpsAsync(context, Id);

    /// <summary>The placement with this id as the viewer may see it (node(id:) and the lookup), or null.</summary>
    [NodeResolver]
    public static async Task<PlacementNode?> GetAsync(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        await (await mediator.Send(new ListVisiblePlacements(), cancellationToken)).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
}
