using Microsoft.Extensions.DependencyInjection;
using Mobility.GraphQL;
using Mobility.GraphQL.Execution;
using Mobility.Placements.Contracts.Directory;

namespace Mobility.Placements.GraphQL;

/// <summary>Adds the placements an organisation sends to Enrolment's Organisation type, which this module knows by name only.</summary>
[ExtendObjectType("Organisation")]
internal sealed class OrganisationPlacementsExtension
{
    /// <summary>The outgoing placements this organisation sends, earliest first.</summary>
    public static async Task<IReadOnlyList<PlacementType>> GetSentPlacementsAsync([Parent("id")] Guid organisationId, ResolverContext context) =>
        await context.DataLoader<Guid, PlacementType[]>("placements.sentByOrganisation", async (services, ids, cancellationToken) =>
        {
            var placements = await services.GetRequiredService<IPlacementsDirectory>().GetPlacementsSentByAsync(ids, cancellationToken);
            var bySender = placements.ToLookup(p => p.SendingOrganisationId!.Value);
            return ids.ToDictionary(id => id, id => bySender[id].Select(PlacementType.From).ToArray());
        }).LoadAsync(organisationId) ?? [];
}
