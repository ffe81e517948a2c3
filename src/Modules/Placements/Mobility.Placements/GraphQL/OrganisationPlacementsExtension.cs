using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mobility.GraphQL;
using Mobility.GraphQL.Execution;
using Mobility.Placements.Contracts;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.GraphQL;

/// <summary>
/// Adds placements to Enrolment's Organisation and Learner types, which this module knows by name only. Each list is
/// the viewer's scope too: a funder who sees an organisation sees none of its placements.
/// </summary>
[ExtendObjectType("Organisation")]
internal sealed class OrganisationPlacementsExtension
{
    /// <summary>The outgoing placements this organisation sends that the viewer may see, earliest first.</summary>
    public static async Task<IReadOnlyList<PlacementNode>> GetSentPlacementsAsync([Parent("id")] Guid organisationId, ResolverContext context) =>
        await context.DataLoader<Guid, PlacementNode[]>("placements.sentByOrganisation", async (services, ids, cancellationToken) =>
        {
            var visible = await services.GetRequiredService<IMediator>().Send(new ListVisiblePlacements(), cancellationToken);
            var placements = await visible
                .Where(p => p.Direction == PlacementDirection.Outgoing && p.SendingOrganisationId != null && ids.Contains(p.SendingOrganisationId.Value))
                .OrderBy(p => p.StartsOn).ThenBy(p => p.Id).ToListAsync(cancellationToken);
            var bySender = placements.ToLookup(p => p.SendingOrganisationId!.Value);
            return ids.ToDictionary(id => id, id => bySender[id].ToArray());
        }).LoadAsync(organisationId) ?? [];
}

/// <summary>Adds a learner's placements to Enrolment's Learner type.</summary>
[ExtendObjectType("Learner")]
internal sealed class LearnerPlacementsExtension
{
    /// <summary>The learner's placements the viewer may see, earliest first.</summary>
    public static async Task<IReadOnlyList<PlacementNode>> GetPlacementsAsync([Parent("id")] Guid learnerId, ResolverContext context) =>
        await context.DataLoader<Guid, PlacementNode[]>("placements.byLearner", async (services, ids, cancellationToken) =>
        {
            var visible = await services.GetRequiredService<IMediator>().Send(new ListVisiblePlacements(), cancellationToken);
            var placements = await visible.Where(p => p.LearnerId != null && ids.Contains(p.LearnerId.Value))
                .OrderBy(p => p.StartsOn).ThenBy(p => p.Id).ToListAsync(cancellationToken);
            var byLearner = placements.ToLookup(p => p.LearnerId!.Value);
            return ids.ToDictionary(id => id, id => byLearner[id].ToArray());
        }).LoadAsync(learnerId) ?? [];
}
