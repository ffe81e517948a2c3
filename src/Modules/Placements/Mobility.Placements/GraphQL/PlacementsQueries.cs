using MediatR;
using Mobility.BuildingBlocks.Domain;
using Mobility.GraphQL;
using Mobility.Placements.HostOrganisations;

namespace Mobility.Placements.GraphQL;

/// <summary>Placements' Query fields; each sends one of the module's use cases in the resolver's own scope.</summary>
internal sealed class PlacementsQueries
{
    /// <summary>Every host organisation abroad, by name.</summary>
    public static async Task<IReadOnlyList<HostOrganisationType>> GetHostOrganisationsAsync(IMediator mediator, CancellationToken cancellationToken) =>
        [.. (await mediator.Send(new ListHostOrganisations(), cancellationToken)).Select(HostOrganisationType.From)];

    /// <summary>A host organisation by id, or null when there is none.</summary>
    public static async Task<HostOrganisationType?> GetHostOrganisationAsync(
        [GraphQLDescription("The host organisation's id.")] Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        try
        {
            return HostOrganisationType.From(await mediator.Send(new GetHostOrganisation(id), cancellationToken));
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
