using Microsoft.Extensions.DependencyInjection;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.GraphQL.DataLoader;
using Mobility.GraphQL.Execution;

namespace Mobility.Enrolment.GraphQL;

/// <summary>Organisations by id for one request, fetched in batches through the module's directory.</summary>
internal static class OrganisationLoader
{
    public static BatchDataLoader<Guid, OrganisationType> For(ResolverContext context) =>
        context.DataLoader<Guid, OrganisationType>("enrolment.organisationById", async (services, ids, cancellationToken) =>
            (await services.GetRequiredService<IEnrolmentDirectory>().GetOrganisationsAsync(ids, cancellationToken))
                .ToDictionary(o => o.Id, OrganisationType.From));

    public static async Task<OrganisationType> LoadAsync(ResolverContext context, Guid id) =>
        await For(context).LoadAsync(id) ?? throw new InvalidOperationException($"Organisation {id} does not exist.");
}
