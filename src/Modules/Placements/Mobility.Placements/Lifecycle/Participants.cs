using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Placements.Contracts;
using Mobility.Placements.Data;
using Mobility.Placements.Places;

namespace Mobility.Placements.Lifecycle;

/// <summary>Who an outgoing placement is for, checked against Enrolment's selection and directory.</summary>
internal static class Participants
{
    public static async Task<OutgoingParticipant> ResolveAsync(
        PlacementsDbContext db, IEnrolmentDirectory enrolment, PlanPlacement request, CancellationToken cancellationToken)
    {
        if (request.LearnerId is { } learnerId)
        {
            var selections = await db.SelectedLearners.AsNoTracking()
                .Where(s => s.LearnerId == learnerId && s.WithdrawnAt == null).ToListAsync(cancellationToken);
            Rule.Require(selections.Count > 0, "LEARNER_NOT_SELECTED", "The learner has not been selected on any mobility call.");
            var selection = selections.OrderBy(s => s.SelectedAt).FirstOrDefault(s => s.Covers(request.StartsOn, request.EndsOn))
                ?? throw new DomainRuleViolationException("PLACEMENT_OUTSIDE_SELECTION_PERIOD",
                    "The placement falls outside the mobility period of every call the learner was selected on.");
            return new OutgoingParticipant(learnerId, null, selection.SchoolId, selection.ApplicationId);
        }

        var staffId = request.StaffMemberId!.Value;
        var staff = await enrolment.GetStaffMembersAsync([staffId], cancellationToken);
        Rule.Require(staff.Count == 1, "STAFF_MEMBER_UNKNOWN", $"Staff member {staffId} is not registered.");
        return new OutgoingParticipant(null, staffId, staff[0].OrganisationId, null);
    }

    public static async Task RequireNoOverlapAsync(
        PlacementsDbContext db, Guid? learnerId, Guid? staffMemberId, DateOnly startsOn, DateOnly endsOn, CancellationToken cancellationToken)
    {
        var overlapping = await db.Placements.AnyAsync(
            p => ((learnerId != null && p.LearnerId == learnerId) || (staffMemberId != null && p.StaffMemberId == staffMemberId))
                && p.Status != PlacementStatus.Cancelled && p.StartsOn <= endsOn && startsOn <= p.EndsOn,
            cancellationToken);
        Rule.Require(!overlapping, "PLACEMENT_OVERLAPS_ANOTHER", "The participant already has a placement during these dates.");
    }

    public static async Task<Place> SendingCityAsync(
        IEnrolmentDirectory enrolment, KnownCities cities, Guid organisationId, CancellationToken cancellationToken)
        => CityOf(await OrganisationAsync(enrolment, organisationId, cancellationToken), cities);

    public static async Task<OrganisationSummary> OrganisationAsync(
        IEnrolmentDirectory enrolment, Guid organisationId, CancellationToken cancellationToken)
        => (await enrolment.GetOrganisationsAsync([organisationId], cancellationToken)).SingleOrDefault()
            ?? throw new DomainRuleViolationException("ORGANISATION_UNKNOWN", $"Organisation {organisationId} is not registered.");

    public static Place CityOf(OrganisationSummary organisation, KnownCities cities)
        => cities.Find(organisation.City, organisation.Country)
            ?? throw new DomainRuleViolationException("CITY_COORDINATES_UNKNOWN",
                $"{organisation.City} ({organisation.Country}) is not a known city; give its coordinates.");
}
