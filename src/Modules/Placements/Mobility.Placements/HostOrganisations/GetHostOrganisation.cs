using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Data;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.HostOrganisations;

internal sealed record GetHostOrganisation(Guid Id) : IRequest<HostOrganisation>;

internal sealed class GetHostOrganisationValidator : AbstractValidator<GetHostOrganisation>
{
    public GetHostOrganisationValidator() => RuleFor(r => r.Id).NotEmpty();
}

internal sealed class GetHostOrganisationHandler(PlacementsDbContext db, Viewer viewer) : IRequestHandler<GetHostOrganisation, HostOrganisation>
{
    public async Task<HostOrganisation> Handle(GetHostOrganisation request, CancellationToken cancellationToken)
        => await db.VisibleHostOrganisations(viewer).AsNoTracking().SingleOrDefaultAsync(h => h.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(HostOrganisation), request.Id);
}
