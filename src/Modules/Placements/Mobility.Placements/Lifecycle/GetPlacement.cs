using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Data;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.Lifecycle;

/// <summary>A placement with its learning-agreement versions and follow-ups.</summary>
internal sealed record GetPlacement(Guid Id) : IRequest<Placement>;

internal sealed class GetPlacementValidator : AbstractValidator<GetPlacement>
{
    public GetPlacementValidator() => RuleFor(r => r.Id).NotEmpty();
}

internal sealed class GetPlacementHandler(PlacementsDbContext db, Viewer viewer) : IRequestHandler<GetPlacement, Placement>
{
    public async Task<Placement> Handle(GetPlacement request, CancellationToken cancellationToken)
        => await PlacementLoading.WithChildren(db.VisiblePlacements(viewer).AsNoTracking()).SingleOrDefaultAsync(p => p.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Placement), request.Id);
}
