using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Enrolment.Data;
using Mobility.GraphQL.DataLoader;
using Mobility.GraphQL.Execution;

namespace Mobility.Enrolment.GraphQL;

/// <summary>Organisations by id for one request, fetched in batches through the module's directory.</summary>
internal static class OrganisationLoader
{
    public static BatchDataLoader<Guid, OrganisationNode> For(ResolverContext context) =>
        context.DataLoader<Guid, OrganisationNode>("enrolment.organisationById", async (services, ids, cancellationToken) =>
            (await services.GetRequiredService<IEnrolmentDirectory>().GetOrganisationsAsync(ids, cancellationToken))
                .ToDictionary(o => o.Id, OrganisationNode.From));

    public static async Task<OrganisationNode> LoadAsync(ResolverContext context, Guid id) =>
        await For(context).LoadAsync(id) ?? throw new InvalidOperationException($"Organisation {id} does not exist.");
}

/// <summary>Qualifications by id for one request, through the module's directory.</summary>
internal static class QualificationLoader
{
    public static async Task<QualificationType?> LoadAsync(ResolverContext context, Guid id) =>
        await context.DataLoader<Guid, QualificationType>("enrolment.qualificationById", async (services, ids, cancellationToken) =>
            (await services.GetRequiredService<IEnrolmentDirectory>().GetQualificationsAsync(ids, cancellationToken))
                .ToDictionary(q => q.Id, QualificationType.From)).LoadAsync(id);
}

/// <summary>Consortia by id for one request (with the day each member joined, which the directory does not give).</summary>
internal static class ConsortiumLoader
{
    public static async Task<ConsortiumType?> LoadAsync(ResolverContext context, Guid id) =>
        await context.DataLoader<Guid, ConsortiumType>("enrolment.consortiumById", async (services, ids, cancellationToken) =>
            (await services.GetRequiredService<EnrolmentDbContext>().Consortia.AsNoTracking().Include(c => c.Members)
                .Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken))
                .ToDictionary(c => c.Id, ConsortiumType.From)).LoadAsync(id);
}
