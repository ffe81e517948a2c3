using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.Consortia;

internal sealed record ListConsortia : IRequest<IReadOnlyList<Consortium>>;

internal sealed class ListConsortiaHandler(EnrolmentDbContext db, Viewer viewer) : IRequestHandler<ListConsortia, IReadOnlyList<Consortium>>
{
    public async Task<IReadOnlyList<Consortium>> Handle(ListConsortia request, CancellationToken cancellationToken)
        => await db.VisibleConsortia(viewer).AsNoTracking().Include(c => c.Members).OrderBy(c => c.Name).ToListAsync(cancellationToken);
}
