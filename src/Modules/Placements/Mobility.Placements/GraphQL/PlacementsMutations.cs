using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Security;
using Mobility.GraphQL;
using Mobility.Placements.Contracts;
using Mobility.Placements.FollowUps;
using Mobility.Placements.Grants;
using Mobility.Placements.Groups;
using Mobility.Placements.HostOrganisations;
using Mobility.Placements.LearningAgreements;
using Mobility.Placements.Lifecycle;
using Mobility.Placements.Places;
using Mobility.Placements.Scoping;
using Mobility.Placements.SendingCompanies;

namespace Mobility.Placements.GraphQL;

/// <summary>
/// Placements' Mutation fields: one per use case, each sending it (its validator, then its authorizer, then its
/// handler, in one transaction) and answering the changed object as the viewer now sees it. Refusals are the
/// use cases' exceptions: a broken rule (<c>ACCESS_DENIED</c> when the viewer may not), invalid input naming the
/// field, or something not found. Importing open data is a command-line operation only (it reads a server file).
/// </summary>
[Error<AccessDeniedException>]
internal sealed class PlacementsMutations
{
    /// <summary>Plans an outgoing placement for a selected learner or a staff member (exactly one of them).</summary>
    public static async Task<PlacementNode?> PlanPlacementAsync(
        PlacementKind kind, int callYear, [ID("HostOrganisation")] Guid hostOrganisationId, DateOnly startsOn, DateOnly endsOn,
        [GraphQLDescription("The selected learner who goes abroad.")] [ID("Learner")] Guid? learnerId,
        [GraphQLDescription("The staff member who goes abroad.")] [ID("StaffMember")] Guid? staffMemberId,
        [GraphQLDescription("The group mobility this placement belongs to.")] Guid? placementGroupId,
        [GraphQLDescription("Where the participant leaves from; the sending organisation's city when omitted.")] PlaceInput? origin,
        IMediator mediator, CancellationToken cancellationToken) =>
        await PlacementAsync(mediator, await mediator.Send(
            new PlanPlacement(kind, callYear, hostOrganisationId, startsOn, endsOn, learnerId, staffMemberId, placementGroupId, origin), cancellationToken), cancellationToken);

    /// <summary>Plans the stay of someone from abroad (an invited expert) hosted by a member school.</summary>
    public static async Task<PlacementNode?> PlanIncomingPlacementAsync(
        PlacementKind kind, int callYear, string participantName, string homeOrganisation, PlaceInput comingFrom, [ID("Organisation")] Guid hostSchoolId,
        DateOnly startsOn, DateOnly endsOn, IMediator mediator, CancellationToken cancellationToken) =>
        await PlacementAsync(mediator, await mediator.Send(
            new PlanIncomingPlacement(kind, callYear, participantName, homeOrganisation, comingFrom, hostSchoolId, startsOn, endsOn), cancellationToken), cancellationToken);

    /// <summary>Appoints the host tutor who guides the participant abroad (needed before confirmation).</summary>
    public static Task<PlacementNode?> AppointHostTutorAsync(
        [ID("Placement")] Guid placementId, string name, string email, string position, IMediator mediator, CancellationToken cancellationToken) =>
        ThenPlacementAsync(mediator, placementId, new AppointHostTutor(placementId, name, email, position), cancellationToken);

    /// <summary>Drafts the learning agreement's first version: measurable, realistic objectives.</summary>
    public static Task<PlacementNode?> DraftLearningAgreementAsync(
        [ID("Placement")] Guid placementId, IReadOnlyList<ObjectiveInput> objectives, string draftedBy, IMediator mediator, CancellationToken cancellationToken) =>
        ThenPlacementAsync(mediator, placementId, new DraftLearningAgreement(placementId, objectives, draftedBy), cancellationToken);

    /// <summary>Writes a new version of the learning agreement, with the reason for the change; signatures start again.</summary>
    public static Task<PlacementNode?> ReviseLearningAgreementAsync(
        [ID("Placement")] Guid placementId, IReadOnlyList<ObjectiveInput> objectives, string reason, string revisedBy, IMediator mediator, CancellationToken cancellationToken) =>
        ThenPlacementAsync(mediator, placementId, new ReviseLearningAgreement(placementId, objectives, reason, revisedBy), cancellationToken);

    /// <summary>Signs the current learning agreement as one party: the participant, the sending school or the host (its tutor).</summary>
    public static Task<PlacementNode?> SignLearningAgreementAsync(
        [ID("Placement")] Guid placementId, LearningAgreementParty party, string signedBy, IMediator mediator, CancellationToken cancellationToken) =>
        ThenPlacementAsync(mediator, placementId, new SignLearningAgreement(placementId, party, signedBy), cancellationToken);

    /// <summary>Confirms a planned placement: host tutor appointed, learning agreement signed by all, employer informed.</summary>
    public static Task<PlacementNode?> ConfirmPlacementAsync([ID("Placement")] Guid placementId, IMediator mediator, CancellationToken cancellationToken) =>
        ThenPlacementAsync(mediator, placementId, new ConfirmPlacement(placementId), cancellationToken);

    /// <summary>Starts a confirmed placement on its first day.</summary>
    public static Task<PlacementNode?> StartPlacementAsync([ID("Placement")] Guid placementId, IMediator mediator, CancellationToken cancellationToken) =>
        ThenPlacementAsync(mediator, placementId, new StartPlacement(placementId), cancellationToken);

    /// <summary>Completes a placement in progress, from its last day.</summary>
    public static Task<PlacementNode?> CompletePlacementAsync([ID("Placement")] Guid placementId, IMediator mediator, CancellationToken cancellationToken) =>
        ThenPlacementAsync(mediator, placementId, new CompletePlacement(placementId), cancellationToken);

    /// <summary>Cancels a placement before it starts, with the reason.</summary>
    public static Task<PlacementNode?> CancelPlacementAsync(
        [ID("Placement")] Guid placementId, string reason, bool forceMajeure, IMediator mediator, CancellationToken cancellationToken) =>
        ThenPlacementAsync(mediator, placementId, new CancelPlacement(placementId, reason, forceMajeure), cancellationToken);

    /// <summary>Interrupts a placement in progress: its last day abroad and the reason.</summary>
    public static Task<PlacementNode?> InterruptPlacementAsync(
        [ID("Placement")] Guid placementId, DateOnly lastDay, string reason, bool forceMajeure, IMediator mediator, CancellationToken cancellationToken) =>
        ThenPlacementAsync(mediator, placementId, new InterruptPlacement(placementId, lastDay, reason, forceMajeure), cancellationToken);

    /// <summary>Records a check-in during the placement (its host tutor may, too).</summary>
    public static Task<PlacementNode?> RecordFollowUpAsync(
        [ID("Placement")] Guid placementId, DateOnly heldOn, string heldBy, string notes, bool withSendingEmployer, IMediator mediator, CancellationToken cancellationToken) =>
        ThenPlacementAsync(mediator, placementId, new RecordFollowUp(placementId, heldOn, heldBy, notes, withSendingEmployer), cancellationToken);

    /// <summary>Records the final debriefing.</summary>
    public static Task<PlacementNode?> RecordDebriefingAsync(
        [ID("Placement")] Guid placementId, DateOnly heldOn, string heldBy, string notes, bool withSendingEmployer, IMediator mediator, CancellationToken cancellationToken) =>
        ThenPlacementAsync(mediator, placementId, new RecordDebriefing(placementId, heldOn, heldBy, notes, withSendingEmployer), cancellationToken);

    /// <summary>Computes (and keeps) the placement's Erasmus+ grant by unit costs for its call year's rates.</summary>
    public static async Task<GrantType> ComputeGrantAsync(
        [ID("Placement")] Guid placementId, bool greenTravel, int travelDays, bool fewerOpportunities, IMediator mediator, CancellationToken cancellationToken) =>
        GrantType.From(await mediator.Send(new ComputeGrant(placementId, greenTravel, travelDays, fewerOpportunities), cancellationToken));

    /// <summary>Adds a company or training body abroad to the shared catalogue of hosts.</summary>
    public static async Task<HostOrganisationNode?> CreateHostOrganisationAsync(
        string name, HostOrganisationKind kind, string country, string city, double latitude, double longitude, string sector,
        string contactName, string contactEmail, string? contactPhone, IMediator mediator, CancellationToken cancellationToken)
    {
        var id = await mediator.Send(
            new CreateHostOrganisation(name, kind, country, city, latitude, longitude, sector, contactName, contactEmail, contactPhone), cancellationToken);
        return await (await mediator.Send(new ListVisibleHostOrganisations(), cancellationToken)).FirstOrDefaultAsync(h => h.Id == id, cancellationToken);
    }

    /// <summary>Registers an apprentice's employer at home, from the signature of the apprenticeship contract.</summary>
    public static async Task<SendingCompanyNode?> RegisterSendingCompanyAsync(
        [ID("Learner")] Guid learnerId, string name, string city, string contactName, string contactEmail, DateOnly contractSignedOn,
        IMediator mediator, CancellationToken cancellationToken) =>
        await SendingCompanyAsync(mediator, await mediator.Send(
            new RegisterSendingCompany(learnerId, name, city, contactName, contactEmail, contractSignedOn), cancellationToken), cancellationToken);

    /// <summary>Records when the employer was informed of the planned mobility.</summary>
    public static async Task<SendingCompanyNode?> RecordSendingCompanyInformedAsync(
        [ID("SendingCompany")] Guid sendingCompanyId, DateOnly informedOn, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RecordSendingCompanyInformed(sendingCompanyId, informedOn), cancellationToken);
        return await SendingCompanyAsync(mediator, sendingCompanyId, cancellationToken);
    }

    /// <summary>Records whether the employer agreed to the mobility.</summary>
    public static async Task<SendingCompanyNode?> RecordSendingCompanyAgreementAsync(
        [ID("SendingCompany")] Guid sendingCompanyId, bool agreed, DateOnly decidedOn, string? note, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RecordSendingCompanyAgreement(sendingCompanyId, agreed, decidedOn, note), cancellationToken);
        return await SendingCompanyAsync(mediator, sendingCompanyId, cancellationToken);
    }

    /// <summary>Creates a group mobility: learners of one organisation to one host, with accompanying staff.</summary>
    public static async Task<PlacementGroupType> CreatePlacementGroupAsync(
        string name, int callYear, [ID("Organisation")] Guid sendingOrganisationId, [ID("HostOrganisation")] Guid hostOrganisationId, DateOnly startsOn, DateOnly endsOn,
        IMediator mediator, CancellationToken cancellationToken) =>
        await GroupAsync(mediator, await mediator.Send(
            new CreatePlacementGroup(name, callYear, sendingOrganisationId, hostOrganisationId, startsOn, endsOn), cancellationToken), cancellationToken);

    /// <summary>Adds a staff member who accompanies the group (one of them may lead it).</summary>
    public static async Task<PlacementGroupType> AddAccompanyingPersonAsync(
        Guid placementGroupId, [ID("StaffMember")] Guid staffMemberId, bool isLead, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new AddAccompanyingPerson(placementGroupId, staffMemberId, isLead), cancellationToken);
        return await GroupAsync(mediator, placementGroupId, cancellationToken);
    }

    private static async Task<PlacementNode?> ThenPlacementAsync<T>(IMediator mediator, Guid placementId, IRequest<T> request, CancellationToken cancellationToken)
    {
        await mediator.Send(request, cancellationToken);
        return await PlacementAsync(mediator, placementId, cancellationToken);
    }

    private static async Task<PlacementNode?> PlacementAsync(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        await (await mediator.Send(new ListVisiblePlacements(), cancellationToken)).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    private static async Task<SendingCompanyNode?> SendingCompanyAsync(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        await (await mediator.Send(new ListVisibleSendingCompanies(), cancellationToken)).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    private static async Task<PlacementGroupType> GroupAsync(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        PlacementGroupType.From(await mediator.Send(new GetPlacementGroup(id), cancellationToken));
}

/// <summary>A group mobility: learners of one organisation going to one host together, with accompanying staff.</summary>
[GraphQLName("PlacementGroup")]
internal sealed record PlacementGroupType(
    Guid Id, string Name, int CallYear, [property: ID("Organisation")] Guid SendingOrganisationId, [property: ID("HostOrganisation")] Guid HostOrganisationId,
    DateOnly StartsOn, DateOnly EndsOn,
    [property: GraphQLDescription("The staff members who accompany the group.")][property: ID("StaffMember")] IReadOnlyList<Guid> AccompanyingStaffMemberIds,
    [property: GraphQLDescription("The placements of the group's participants.")][property: ID("Placement")] IReadOnlyList<Guid> PlacementIds)
{
    public static PlacementGroupType From(PlacementGroupView view) => new(
        view.Group.Id, view.Group.Name, view.Group.CallYear, view.Group.SendingOrganisationId, view.Group.HostOrganisationId,
        view.Group.StartsOn, view.Group.EndsOn, [.. view.Group.AccompanyingPersons.Select(a => a.StaffMemberId)], view.PlacementIds);
}

/// <summary>A placement's Erasmus+ grant by unit costs, line by line, for one call year's rates.</summary>
[GraphQLName("Grant")]
internal sealed record GrantType(
    int CallYear, string Currency, double DistanceKm, decimal Total,
    [property: GraphQLDescription("Whether every rate used comes from a verified source.")] bool FullyVerified,
    IReadOnlyList<GrantLineType> Lines)
{
    public static GrantType From(GrantBreakdown grant) => new(
        grant.CallYear, grant.Currency, grant.DistanceKm, grant.Total, grant.FullyVerified,
        [.. grant.Lines.Select(l => new GrantLineType(l.Category, l.Basis, l.Quantity, l.Rate, l.Amount, l.Verified))]);
}

/// <summary>One line of a grant: what it pays for, on which basis, how many units at which rate.</summary>
[GraphQLName("GrantLine")]
internal sealed record GrantLineType(GrantCategory Category, string Basis, decimal Quantity, decimal Rate, decimal Amount, bool Verified);
