using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.Placements.Data;

namespace Mobility.Placements.Groups;

internal sealed record GetPlacementGroup(Guid Id) : IRequest<PlacementGroupView>;

/// <summary>A group with its accompanying persons and the placements of the learners in it.</summary>
internal sealed record PlacementGroupView(PlacementGroup Group, IReadOnlyList<Guid> PlacementIds);

internal sealed class GetPlacementGroupValidator : AbstractValidator<GetPlacementGroup>
{
    public GetPlacementGroupValidator() => RuleFor(r => r.Id).NotEmpty();
}

internal sealed class GetPlacementGroupHandler(PlacementsDbContext db) : IRequestHandler<GetPlacementGroup, PlacementGroupView>
{
    public async Task<PlacementGroupView> Handle(GetPlacementGroup request, CancellationToken cancellationToken)
    {
        var group = await db.PlacementGroups.AsNoTracking().Include(g => g.AccompanyingPersons)
                .SingleOrDefaultAsync(g => g.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(PlacementGroup), request.Id);
        var placements = await db.Placements.Where(p => p.PlacementGroupId == group.Id)
            .OrderBy(p => p.PlannedAt).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        return new PlacementGroupView(group, placements);
    }
}
