using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mobility.GraphQL.Execution;
using Mobility.Placements.Data;

namespace Mobility.Placements.GraphQL;

/// <summary>A placement's learning agreements and follow-ups, batched by placement id for one request.</summary>
internal static class PlacementLoaders
{
    public static async Task<IReadOnlyList<LearningAgreementNode>> LearningAgreementsAsync(ResolverContext context, Guid placementId) =>
        await context.DataLoader<Guid, LearningAgreementNode[]>("placements.learningAgreements", async (services, ids, cancellationToken) =>
        {
            var versions = await services.GetRequiredService<PlacementsDbContext>().Set<LearningAgreements.LearningAgreementVersion>()
                .AsNoTracking().Include(v => v.Objectives).Where(v => ids.Contains(v.PlacementId)).ToListAsync(cancellationToken);
            var byPlacement = versions.ToLookup(v => v.PlacementId);
            return ids.ToDictionary(id => id, id => byPlacement[id].OrderBy(v => v.Version).Select(v => new LearningAgreementNode(
                v.Version, v.RevisionReason, v.DraftedBy, v.DraftedAt, v.ParticipantSignedBy, v.ParticipantSignedAt, v.SendingSchoolSignedBy,
                v.SendingSchoolSignedAt, v.HostSignedBy, v.HostSignedAt,
                [.. v.Objectives.OrderBy(o => o.Position).Select(o => new LearningObjectiveNode(o.Description, o.SuccessIndicator))])).ToArray());
        }).LoadAsync(placementId) ?? [];

    public static async Task<IReadOnlyList<FollowUpNode>> FollowUpsAsync(ResolverContext context, Guid placementId) =>
        await context.DataLoader<Guid, FollowUpNode[]>("placements.followUps", async (services, ids, cancellationToken) =>
        {
            var followUps = await services.GetRequiredService<PlacementsDbContext>().Set<FollowUps.FollowUp>()
                .AsNoTracking().Where(f => ids.Contains(f.PlacementId)).ToListAsync(cancellationToken);
            var byPlacement = followUps.ToLookup(f => f.PlacementId);
            return ids.ToDictionary(id => id, id => byPlacement[id].OrderBy(f => f.HeldOn).ThenBy(f => f.RecordedAt)
                .Select(f => new FollowUpNode(f.Kind, f.HeldOn, f.HeldBy, f.WithSendingEmployer, f.Notes)).ToArray());
        }).LoadAsync(placementId) ?? [];
}
