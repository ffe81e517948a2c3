using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Contracts.Events;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.Calls;

/// <summary>The learner (or the school on their behalf) withdraws; DecidedBy says who.</summary>
internal sealed record WithdrawApplication(Guid ApplicationId, string Reason, string DecidedBy) : IRequest<Unit>, IApplicationDecision;

internal sealed class WithdrawApplicationValidator : ApplicationDecisionValidator<WithdrawApplication>;

internal sealed class WithdrawApplicationHandler(EnrolmentDbContext db, TimeProvider clock) : IRequestHandler<WithdrawApplication, Unit>
{
    public async Task<Unit> Handle(WithdrawApplication request, CancellationToken cancellationToken)
    {
        var application = await db.LoadApplicationAsync(request.ApplicationId, cancellationToken);
        var call = await db.LoadCallAsync(application.MobilityCallId, cancellationToken);
        var wasSelected = application.Status == ApplicationStatus.Selected;
        var now = clock.GetUtcNow().UtcDateTime;
        application.Withdraw(request.Reason, request.DecidedBy, now);
        db.Publish(new ApplicationWithdrawn(
            Guid.CreateVersion7(), now, application.Id, application.LearnerId, call.Id, call.ConsortiumId, wasSelected, request.Reason));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class WithdrawApplicationAuthorizer(EnrolmentDbContext db) : IAuthorizer<WithdrawApplication>
{
    public Task AuthorizeAsync(WithdrawApplication request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return db.RequireIsOrManagesApplicantAsync(viewer, request.ApplicationId, "withdraw this application", cancellationToken);
    }
}
