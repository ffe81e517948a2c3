using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Placements.Contracts;
using Mobility.Placements.Data;
using Mobility.Placements.Grants;
using Mobility.Placements.HostOrganisations;
using Mobility.Placements.Lifecycle;

namespace Mobility.Placements.Groups;

internal sealed record CreatePlacementGroup(
    string Name, int CallYear, Guid SendingOrganisationId, Guid HostOrganisationId, DateOnly StartsOn, DateOnly EndsOn, Guid? Id = null)
    : IRequest<Guid>;

internal sealed class CreatePlacementGroupValidator : AbstractValidator<CreatePlacementGroup>
{
    public CreatePlacementGroupValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.CallYear).InclusiveBetween(2014, 2100);
        RuleFor(r => r.SendingOrganisationId).NotEmpty();
        RuleFor(r => r.HostOrganisationId).NotEmpty();
    }
}

internal sealed class CreatePlacementGroupHandler(PlacementsDbContext db, IEnrolmentDirectory enrolment, GrantRatesCatalogue rates)
    : IRequestHandler<CreatePlacementGroup, Guid>
{
    public async Task<Guid> Handle(CreatePlacementGroup request, CancellationToken cancellationToken)
    {
        var duration = rates.DurationOf(PlacementKind.GroupMobility, request.CallYear);
        _ = await db.HostOrganisations.FindAsync([request.HostOrganisationId], cancellationToken)
            ?? throw new NotFoundException(nameof(HostOrganisation), request.HostOrganisationId);
        await Participants.OrganisationAsync(enrolment, request.SendingOrganisationId, cancellationToken);
        var group = PlacementGroup.Create(
            request.Id ?? Guid.CreateVersion7(), request.Name, request.CallYear, request.SendingOrganisationId,
            request.HostOrganisationId, request.StartsOn, request.EndsOn, duration);
        db.PlacementGroups.Add(group);
        await db.SaveChangesAsync(cancellationToken);
        return group.Id;
    }
}

internal sealed class CreatePlacementGroupAuthorizer : IAuthorizer<CreatePlacementGroup>
{
    public Task AuthorizeAsync(CreatePlacementGroup request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireManagesOrganisation(request.SendingOrganisationId, "plan a group mobility for this organisation");
        return Task.CompletedTask;
    }
}
