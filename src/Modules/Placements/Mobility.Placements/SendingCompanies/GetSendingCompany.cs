using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Data;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.SendingCompanies;

/// <summary>The employer of an apprentice, by learner.</summary>
internal sealed record GetSendingCompany(Guid LearnerId) : IRequest<SendingCompany>;

internal sealed class GetSendingCompanyHandler(PlacementsDbContext db, Viewer viewer) : IRequestHandler<GetSendingCompany, SendingCompany>
{
    public async Task<SendingCompany> Handle(GetSendingCompany request, CancellationToken cancellationToken)
        => await db.VisibleSendingCompanies(viewer).AsNoTracking().SingleOrDefaultAsync(c => c.LearnerId == request.LearnerId, cancellationToken)
            ?? throw new NotFoundException(nameof(SendingCompany), request.LearnerId);
}
