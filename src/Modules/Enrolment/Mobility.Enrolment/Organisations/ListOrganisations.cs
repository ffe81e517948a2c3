using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.Organisations;

/// <summary>All organisations, or only the members of one consortium; ordered by name.</summary>
internal sealed record ListOrganisations(Guid? ConsortiumId = null) : IRequest<IReadOnlyList<Organisation>>;

internal sealed class ListOrganisationsHandler(EnrolmentDbContext db, Viewer viewer) : IRequestHandler<ListOrganisations, IReadOnlyList<Organisation>>
{
    public async Task<IReadOnlyList<Organisation>> Handle(ListOrganisations request, CancellationToken cancellationToken)
    {
        var organisations = db.VisibleOrganisations(viewer).AsNoTracking();
        if (request.ConsortiumId is { } consortiumId)
        {
            var memberIds = db.Consortia.Where(c => c.Id == consortiumId).SelectMany(c => c.Members).Select(m => m.OrganisationId);
            organisations = organisations.Where(o => memberIds.Contains(o.Id));
        }

        return await organisations.OrderBy(o => o.Name).ToListAsync(cancellationToken);
    }
}
