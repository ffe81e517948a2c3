using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.Enrolment.Data;

namespace Mobility.Enrolment.Consortia;

internal sealed record ListConsortia : IRequest<IReadOnlyList<Consortium>>;

internal sealed class ListConsortiaHandler(EnrolmentDbContext db) : IRequestHandler<ListConsortia, IReadOnlyList<Consortium>>
{
    public async Task<IReadOnlyList<Consortium>> Handle(ListConsortia request, CancellationToken cancellationToken)
        => await db.Consortia.AsNoTracking().Include(c => c.Members).OrderBy(c => c.Name).ToListAsync(cancellationToken);
}
