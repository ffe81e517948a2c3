using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.Calls;

internal sealed record ShortlistApplication(Guid ApplicationId, string Reason, string DecidedBy) : IRequest<Unit>, IApplicationDecision;

internal sealed class ShortlistApplicationValidator : ApplicationDecisionValidator<ShortlistApplication>;

internal sealed class ShortlistApplicationHandler(EnrolmentDbContext db, TimeProvider clock) : IRequestHandler<ShortlistApplication, Unit>
{
    public async Task<Unit> Handle(ShortlistApplication request, CancellationToken cancellationToken)
    {
        var application = await db.LoadApplicationAsync(request.ApplicationId, cancellationToken);
        application.Shortlist(request.Reason, request.DecidedBy, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class ShortlistApplicationAuthorizer(EnrolmentDbContext db) : IAuthorizer<ShortlistApplication>
{
    public Task AuthorizeAsync(ShortlistApplication request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return db.RequireDecidesApplicationAsync(viewer, request.ApplicationId, "shortlist applications to this call", cancellationToken);
    }
}
