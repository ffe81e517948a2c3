using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mobility.Enrolment.Data;
using Mobility.GraphQL;
using Mobility.GraphQL.Execution;

namespace Mobility.Enrolment.GraphQL;

/// <summary>
/// Adds who takes part to Placements' Placement type, which this module knows by name only (its learnerId,
/// staffMemberId and sendingOrganisationId members are always read). The placement was already scoped to the
/// viewer, so a host tutor sees the learner of a placement they tutor, and no other learner.
/// </summary>
[ExtendObjectType("Placement")]
internal sealed class PlacementParticipantsExtension
{
    /// <summary>The learner placed, for a learner placement.</summary>
    public static async Task<LearnerNode?> GetLearnerAsync([Parent("learnerId")] Guid? learnerId, ResolverContext context) =>
        learnerId is { } id
            ? await context.DataLoader<Guid, LearnerNode>("enrolment.learnerById", async (services, ids, cancellationToken) =>
            {
                var db = services.GetRequiredService<EnrolmentDbContext>();
                return await EnrolmentNodes.Learners(db.Learners.Where(l => ids.Contains(l.Id)), db).ToDictionaryAsync(l => l.Id, cancellationToken);
            }).LoadAsync(id)
            : null;

    /// <summary>The staff member placed, for a staff placement.</summary>
    public static async Task<StaffMemberNode?> GetStaffMemberAsync([Parent("staffMemberId")] Guid? staffMemberId, ResolverContext context) =>
        staffMemberId is { } id
            ? await context.DataLoader<Guid, StaffMemberNode>("enrolment.staffMemberById", async (services, ids, cancellationToken) =>
            {
                var db = services.GetRequiredService<EnrolmentDbContext>();
                return await EnrolmentNodes.Staff(db.StaffMembers.Where(s => ids.Contains(s.Id)), db).ToDictionaryAsync(s => s.Id, cancellationToken);
            }).LoadAsync(id)
            : null;

    /// <summary>The member school or centre that sends the participant, for an outgoing placement.</summary>
    public static async Task<OrganisationNode?> GetSendingOrganisationAsync([Parent("sendingOrganisationId")] Guid? organisationId, ResolverContext context) =>
        organisationId is { } id ? await OrganisationLoader.For(context).LoadAsync(id) : null;
}
