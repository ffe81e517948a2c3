using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.Calls;

internal sealed record ListMobilityCalls(Guid ConsortiumId) : IRequest<IReadOnlyList<MobilityCall>>;

internal sealed class ListMobilityCallsValidator : AbstractValidator<ListMobilityCalls>
{
    public ListMobilityCallsValidator() => RuleFor(r => r.ConsortiumId).NotEmpty();
}

internal sealed class ListMobilityCallsHandler(EnrolmentDbContext db, Viewer viewer) : IRequestHandler<ListMobilityCalls, IReadOnlyList<MobilityCall>>
{
    public async Task<IReadOnlyList<MobilityCall>> Handle(ListMobilityCalls request, CancellationToken cancellationToken)
        => await db.VisibleCalls(viewer).AsNoTracking().Include(c => c.Criteria)
            .Where(c => c.ConsortiumId == request.ConsortiumId)
            .OrderBy(c => c.ApplicationsOpenOn).ThenBy(c => c.Title)
            .ToListAsync(cancellationToken);
}
