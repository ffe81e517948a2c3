using Microsoft.EntityFrameworkCore;
using Mobility.Enrolment.Calls;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Enrolment.Data;

namespace Mobility.Enrolment.Integration;

/// <summary>Read-only answers for other modules, as contract records. Sensitive learner data is never read here.</summary>
internal sealed class EnrolmentDirectory(EnrolmentDbContext db) : IEnrolmentDirectory
{
    public async Task<IReadOnlyList<LearnerSummary>> GetLearnersAsync(
        IReadOnlyCollection<Guid> learnerIds, CancellationToken cancellationToken)
        => (await db.Learners.AsNoTracking().Include(l => l.Languages)
                .Where(l => learnerIds.Contains(l.Id)).ToListAsync(cancellationToken))
            .Select(l => new LearnerSummary(
                l.Id, l.FirstName, l.LastName, l.Email, l.BirthDate, l.Gender.ToString(), l.Nationality, l.SchoolId,
                l.QualificationId, l.ProgrammeYear, l.HasGuardianConsent,
                l.Languages.OrderBy(x => x.Language, StringComparer.Ordinal).Select(x => new LanguageSkill(x.Language, x.Level)).ToList()))
            .ToList();

    public async Task<IReadOnlyList<OrganisationSummary>> GetOrganisationsAsync(
        IReadOnlyCollection<Guid> organisationIds, CancellationToken cancellationToken)
        => (await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToListAsync(cancellationToken))
            .Select(o => new OrganisationSummary(o.Id, o.Name, o.Kind.ToString(), o.Country, o.City, o.Oid, o.ErasmusCode, o.Sectors))
            .ToList();

    public async Task<IReadOnlyList<StaffSummary>> GetStaffMembersAsync(
        IReadOnlyCollection<Guid> staffIds, CancellationToken cancellationToken)
        => (await db.StaffMembers.AsNoTracking().Where(s => staffIds.Contains(s.Id)).ToListAsync(cancellationToken))
            .Select(s => new StaffSummary(s.Id, s.FirstName, s.LastName, s.Email, s.Role.ToString(), s.OrganisationId))
            .ToList();

    public async Task<IReadOnlyList<QualificationSummary>> GetQualificationsAsync(
        IReadOnlyCollection<Guid> qualificationIds, CancellationToken cancellationToken)
        => (await db.Qualifications.AsNoTracking().Include(q => q.Units)
                .Where(q => qualificationIds.Contains(q.Id)).ToListAsync(cancellationToken))
            .Select(q => new QualificationSummary(
                q.Id, q.NationalName, q.NationalLevel, q.Country, q.EqfLevel, q.IscedField,
                q.Units.OrderBy(u => u.Code, StringComparer.Ordinal)
                    .Select(u => new QualificationUnitSummary(u.Id, u.Code, u.Title, u.IsOptional)).ToList()))
            .ToList();

    public async Task<IReadOnlyList<ConsortiumSummary>> GetConsortiaAsync(
        IReadOnlyCollection<Guid> consortiumIds, CancellationToken cancellationToken)
        => (await db.Consortia.AsNoTracking().Include(c => c.Members)
                .Where(c => consortiumIds.Contains(c.Id)).ToListAsync(cancellationToken))
            .Select(c => new ConsortiumSummary(
                c.Id, c.Name, c.ProjectReference, c.AccreditationNumber, c.StartsOn, c.EndsOn, c.CoordinatorId,
                c.Members.Select(m => m.OrganisationId).ToList()))
            .ToList();

    public async Task<IReadOnlyList<MobilityCallSummary>> GetMobilityCallsAsync(
        IReadOnlyCollection<Guid> callIds, CancellationToken cancellationToken)
        => (await db.MobilityCalls.AsNoTracking().Where(c => callIds.Contains(c.Id)).ToListAsync(cancellationToken))
            .Select(c => new MobilityCallSummary(
                c.Id, c.ConsortiumId, c.Title, c.ApplicationsOpenOn, c.ApplicationsCloseOn, c.MobilityStartsOn,
                c.MobilityEndsOn, c.Places))
            .ToList();

    public async Task<IReadOnlyList<SelectionSummary>> GetSelectionsAsync(
        IReadOnlyCollection<Guid> callIds, CancellationToken cancellationToken)
    {
        var calls = await db.MobilityCalls.AsNoTracking().Include(c => c.Criteria)
            .Where(c => callIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var selected = await db.Applications.AsNoTracking().Include(a => a.Scores)
            .Where(a => callIds.Contains(a.MobilityCallId) && a.Status == ApplicationStatus.Selected)
            .ToListAsync(cancellationToken);
        return selected
            .Select(a => new SelectionSummary(a.Id, a.MobilityCallId, a.LearnerId, a.WeightedScore(calls[a.MobilityCallId].Criteria)))
            .ToList();
    }
}
