using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Placements.Contracts;
using Mobility.Placements.Data;
using Mobility.Placements.Grants;
using Mobility.Placements.Groups;
using Mobility.Placements.HostOrganisations;
using Mobility.Placements.Places;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.Lifecycle;

/// <summary>
/// Plans an outgoing placement for a selected learner or a staff member. Without <see cref="Origin"/>, the
/// participant leaves from the sending organisation's city, whose coordinates come from the known-cities file.
/// </summary>
internal sealed record PlanPlacement(
    PlacementKind Kind,
    int CallYear,
    Guid HostOrganisationId,
    DateOnly StartsOn,
    DateOnly EndsOn,
    Guid? LearnerId = null,
    Guid? StaffMemberId = null,
    Guid? PlacementGroupId = null,
    PlaceInput? Origin = null,
    Guid? Id = null) : IRequest<Guid>;

internal sealed class PlanPlacementValidator : AbstractValidator<PlanPlacement>
{
    public PlanPlacementValidator()
    {
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.CallYear).InclusiveBetween(2014, 2100);
        RuleFor(r => r.HostOrganisationId).NotEmpty();
        RuleFor(r => r).Must(r => (r.LearnerId is null) != (r.StaffMemberId is null)).WithName("participant")
            .WithErrorCode("OneParticipant").WithMessage("Give either a learner or a staff member.");
        RuleFor(r => r.Origin!).SetValidator(new PlaceInputValidator()).When(r => r.Origin is not null);
    }
}

internal sealed class PlanPlacementHandler(
    PlacementsDbContext db, IEnrolmentDirectory enrolment, GrantRatesCatalogue rates, KnownCities cities, TimeProvider clock)
    : IRequestHandler<PlanPlacement, Guid>
{
    public async Task<Guid> Handle(PlanPlacement request, CancellationToken cancellationToken)
    {
        var duration = rates.DurationOf(request.Kind, request.CallYear);
        var host = await db.HostOrganisations.FindAsync([request.HostOrganisationId], cancellationToken)
            ?? throw new NotFoundException(nameof(HostOrganisation), request.HostOrganisationId);
        var group = request.PlacementGroupId is { } groupId
            ? await db.PlacementGroups.Include(g => g.AccompanyingPersons).SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken)
                ?? throw new NotFoundException(nameof(PlacementGroup), groupId)
            : null;
        var participant = await Participants.ResolveAsync(db, enrolment, request, cancellationToken);
        await Participants.RequireNoOverlapAsync(db, participant.LearnerId, participant.StaffMemberId, request.StartsOn, request.EndsOn, cancellationToken);
        var origin = request.Origin?.ToPlace() ?? await Participants.SendingCityAsync(enrolment, cities, participant.SendingOrganisationId, cancellationToken);

        var placement = Placement.PlanOutgoing(
            request.Id ?? Guid.CreateVersion7(), request.Kind, request.CallYear, participant, host, group, request.StartsOn,
            request.EndsOn, origin, duration, clock.GetUtcNow().UtcDateTime);
        db.Placements.Add(placement);
        await db.SaveChangesAsync(cancellationToken);
        return placement.Id;
    }
}

internal sealed class PlanPlacementAuthorizer(IEnrolmentDirectory enrolment) : IAuthorizer<PlanPlacement>
{
    public Task AuthorizeAsync(PlanPlacement request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.LearnerId is { } learner
            ? enrolment.RequireManagesLearnerAsync(viewer, learner, "plan their placements", cancellationToken)
            : enrolment.RequireManagesStaffMemberAsync(viewer, request.StaffMemberId ?? Guid.Empty, "plan their placements", cancellationToken);
    }
}
