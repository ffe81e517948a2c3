using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.Calls;

internal sealed record RejectApplication(Guid ApplicationId, string Reason, string DecidedBy) : IRequest<Unit>, IApplicationDecision;

internal sealed class RejectApplicationValidator : ApplicationDecisionValidator<RejectApplication>;

internal sealed class RejectApplicationHandler(EnrolmentDbContext db, TimeProvider clock) : IRequestHandler<RejectApplication, Unit>
{
    public async Task<Unit> Handle(RejectApplication request, CancellationToken cancellationToken)
    {
        var application = await db.LoadApplicationAsync(request.ApplicationId, cancellationToken);
        application.Reject(request.Reason, request.DecidedBy, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class RejectApplicationAuthorizer(EnrolmentDbContext db) : IAuthorizer<RejectApplication>
{
    public Task AuthorizeAsync(RejectApplication request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return db.RequireDecidesApplicationAsync(viewer, request.ApplicationId, "reject applications to this call", cancellationToken);
    }
}
