using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.Calls;

internal sealed record PlaceApplicationOnReserve(Guid ApplicationId, string Reason, string DecidedBy)
    : IRequest<Unit>, IApplicationDecision;

internal sealed class PlaceApplicationOnReserveValidator : ApplicationDecisionValidator<PlaceApplicationOnReserve>;

internal sealed class PlaceApplicationOnReserveHandler(EnrolmentDbContext db, TimeProvider clock)
    : IRequestHandler<PlaceApplicationOnReserve, Unit>
{
    public async Task<Unit> Handle(PlaceApplicationOnReserve request, CancellationToken cancellationToken)
    {
        var application = await db.LoadApplicationAsync(request.ApplicationId, cancellationToken);
        application.PlaceOnReserve(request.Reason, request.DecidedBy, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class PlaceApplicationOnReserveAuthorizer(EnrolmentDbContext db) : IAuthorizer<PlaceApplicationOnReserve>
{
    public Task AuthorizeAsync(PlaceApplicationOnReserve request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return db.RequireDecidesApplicationAsync(viewer, request.ApplicationId, "place applications to this call on the reserve list", cancellationToken);
    }
}
