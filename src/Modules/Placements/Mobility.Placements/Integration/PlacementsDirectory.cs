using Microsoft.EntityFrameworkCore;
using Mobility.Placements.Contracts;
using Mobility.Placements.Contracts.Directory;
using Mobility.Placements.Data;
using Mobility.Placements.LearningAgreements;
using Mobility.Placements.Lifecycle;

namespace Mobility.Placements.Integration;

/// <summary>Read-only answers for other modules, as contract records.</summary>
internal sealed class PlacementsDirectory(PlacementsDbContext db) : IPlacementsDirectory
{
    public Task<IReadOnlyList<PlacementSummary>> GetPlacementsAsync(IReadOnlyCollection<Guid> placementIds, CancellationToken cancellationToken)
        => SummariesAsync(db.Placements.Where(p => placementIds.Contains(p.Id)), cancellationToken);

    public Task<IReadOnlyList<PlacementSummary>> GetPlacementsOfLearnersAsync(
        IReadOnlyCollection<Guid> learnerIds, CancellationToken cancellationToken)
        => SummariesAsync(db.Placements.Where(p => p.LearnerId != null && learnerIds.Contains(p.LearnerId.Value)), cancellationToken);

    public Task<IReadOnlyList<PlacementSummary>> GetPlacementsOfStaffMembersAsync(
        IReadOnlyCollection<Guid> staffMemberIds, CancellationToken cancellationToken)
        => SummariesAsync(db.Placements.Where(p => p.StaffMemberId != null && staffMemberIds.Contains(p.StaffMemberId.Value)), cancellationToken);

    public Task<IReadOnlyList<PlacementSummary>> GetPlacementsSentByAsync(
        IReadOnlyCollection<Guid> sendingOrganisationIds, CancellationToken cancellationToken)
        => SummariesAsync(
            db.Placements.Where(p => p.Direction == PlacementDirection.Outgoing
                && p.SendingOrganisationId != null && sendingOrganisationIds.Contains(p.SendingOrganisationId.Value)),
            cancellationToken);

    public async Task<IReadOnlyList<HostOrganisationSummary>> GetHostOrganisationsAsync(
        IReadOnlyCollection<Guid> hostOrganisationIds, CancellationToken cancellationToken)
        => (await db.HostOrganisations.AsNoTracking().Where(h => hostOrganisationIds.Contains(h.Id)).ToListAsync(cancellationToken))
            .Select(h => new HostOrganisationSummary(h.Id, h.Name, h.Kind.ToString(), h.Country, h.City, h.Latitude, h.Longitude, h.Sector))
            .ToList();

    public async Task<IReadOnlyList<LearningAgreementSummary>> GetLearningAgreementsAsync(
        IReadOnlyCollection<Guid> placementIds, CancellationToken cancellationToken)
    {
        var versions = await db.Set<LearningAgreementVersion>().AsNoTracking().Include(v => v.Objectives)
            .Where(v => placementIds.Contains(v.PlacementId)).ToListAsync(cancellationToken);
        return [.. versions.GroupBy(v => v.PlacementId).Select(g => g.MaxBy(v => v.Version)!).OrderBy(v => v.PlacementId).Select(v =>
            new LearningAgreementSummary(
                v.PlacementId, v.Version, v.DraftedAt, v.RevisionReason,
                [.. v.Objectives.OrderBy(o => o.Position).Select(o => new LearningObjectiveSummary(o.Position, o.Description, o.SuccessIndicator))],
                Signature(v.ParticipantSignedBy, v.ParticipantSignedAt),
                Signature(v.SendingSchoolSignedBy, v.SendingSchoolSignedAt),
                Signature(v.HostSignedBy, v.HostSignedAt)))];
    }

    public async Task<IReadOnlyList<HostTutorSummary>> GetHostTutorsAsync(
        IReadOnlyCollection<Guid> placementIds, CancellationToken cancellationToken)
        => (await db.Placements.AsNoTracking()
                .Where(p => placementIds.Contains(p.Id) && p.HostTutorName != null && p.HostTutorEmail != null)
                .Select(p => new { p.Id, p.HostTutorName, p.HostTutorEmail, p.HostTutorPosition })
                .ToListAsync(cancellationToken))
            .Select(p => new HostTutorSummary(
                p.Id, p.HostTutorName!, p.HostTutorEmail!.ToLowerInvariant(), p.HostTutorPosition ?? ""))
            .OrderBy(t => t.PlacementId)
            .ToList();

    private static LearningAgreementSignature? Signature(string? signedBy, DateTime? signedAt)
        => signedBy is not null && signedAt is { } at ? new LearningAgreementSignature(signedBy, at) : null;

    private static async Task<IReadOnlyList<PlacementSummary>> SummariesAsync(IQueryable<Placement> query, CancellationToken cancellationToken)
        => (await query.AsNoTracking().OrderBy(p => p.StartsOn).ThenBy(p => p.Id).ToListAsync(cancellationToken))
            .Select(p => new PlacementSummary(
                p.Id, p.Kind, p.Direction, p.Status, p.CallYear, p.LearnerId, p.StaffMemberId, p.IncomingParticipantName,
                p.SendingOrganisationId, p.HostOrganisationId, p.HostSchoolId, p.PlacementGroupId, p.StartsOn, p.EndsOn,
                p.DurationDays, p.OriginCity, p.OriginCountry, p.DestinationCity, p.DestinationCountry, p.HostTutorName))
            .ToList();
}
