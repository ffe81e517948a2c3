using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.Placements.Data;

namespace Mobility.Placements.HostOrganisations;

internal sealed record GetHostOrganisation(Guid Id) : IRequest<HostOrganisation>;

internal sealed class GetHostOrganisationValidator : AbstractValidator<GetHostOrganisation>
{
    public GetHostOrganisationValidator() => RuleFor(r => r.Id).NotEmpty();
}

internal sealed class GetHostOrganisationHandler(PlacementsDbContext db) : IRequestHandler<GetHostOrganisation, HostOrganisation>
{
    public async Task<HostOrganisation> Handle(GetHostOrganisation request, CancellationToken cancellationToken)
        => await db.HostOrganisations.AsNoTracking().SingleOrDefaultAsync(h => h.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(HostOrganisation), request.Id);
}
