using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Placements.Contracts;
using Mobility.Placements.Data;
using Mobility.Placements.Grants;
using Mobility.Placements.Places;

namespace Mobility.Placements.Lifecycle;

/// <summary>
/// Plans the stay of an invited expert (or an incoming learner or teacher) at a member school. The participant is
/// not in Enrolment, so they are described here, with the city they come from.
/// </summary>
internal sealed record PlanIncomingPlacement(
    PlacementKind Kind,
    int CallYear,
    string ParticipantName,
    string HomeOrganisation,
    PlaceInput ComingFrom,
    Guid HostSchoolId,
    DateOnly StartsOn,
    DateOnly EndsOn,
    PlaceInput? HostCity = null,
    Guid? Id = null) : IRequest<Guid>;

internal sealed class PlanIncomingPlacementValidator : AbstractValidator<PlanIncomingPlacement>
{
    public PlanIncomingPlacementValidator()
    {
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.CallYear).InclusiveBetween(2014, 2100);
        RuleFor(r => r.ParticipantName).NotEmpty().MaximumLength(200);
        RuleFor(r => r.HomeOrganisation).NotEmpty().MaximumLength(300);
        RuleFor(r => r.ComingFrom).NotNull().SetValidator(new PlaceInputValidator());
        RuleFor(r => r.HostSchoolId).NotEmpty();
        RuleFor(r => r.HostCity!).SetValidator(new PlaceInputValidator()).When(r => r.HostCity is not null);
    }
}

internal sealed class PlanIncomingPlacementHandler(
    PlacementsDbContext db, IEnrolmentDirectory enrolment, GrantRatesCatalogue rates, KnownCities cities, TimeProvider clock)
    : IRequestHandler<PlanIncomingPlacement, Guid>
{
    public async Task<Guid> Handle(PlanIncomingPlacement request, CancellationToken cancellationToken)
    {
        var duration = rates.DurationOf(request.Kind, request.CallYear);
        var school = await Participants.OrganisationAsync(enrolment, request.HostSchoolId, cancellationToken);
        var destination = request.HostCity?.ToPlace() ?? Participants.CityOf(school, cities);
        var placement = Placement.PlanIncoming(
            request.Id ?? Guid.CreateVersion7(), request.Kind, request.CallYear, request.ParticipantName, request.HomeOrganisation,
            request.ComingFrom.ToPlace(), request.HostSchoolId, destination, request.StartsOn, request.EndsOn, duration,
            clock.GetUtcNow().UtcDateTime);
        db.Placements.Add(placement);
        await db.SaveChangesAsync(cancellationToken);
        return placement.Id;
    }
}

internal sealed class PlanIncomingPlacementAuthorizer : IAuthorizer<PlanIncomingPlacement>
{
    public Task AuthorizeAsync(PlanIncomingPlacement request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireManagesOrganisation(request.HostSchoolId, "plan an incoming placement at this school");
        return Task.CompletedTask;
    }
}
