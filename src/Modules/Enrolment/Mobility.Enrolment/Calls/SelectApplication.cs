using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Learners;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.Calls;

internal sealed record SelectApplication(Guid ApplicationId, string Reason, string DecidedBy) : IRequest<Unit>, IApplicationDecision;

internal sealed class SelectApplicationValidator : ApplicationDecisionValidator<SelectApplication>;

internal sealed class SelectApplicationHandler(EnrolmentDbContext db, TimeProvider clock) : IRequestHandler<SelectApplication, Unit>
{
    public async Task<Unit> Handle(SelectApplication request, CancellationToken cancellationToken)
    {
        var application = await db.LoadApplicationAsync(request.ApplicationId, cancellationToken);
        var call = await db.LoadCallAsync(application.MobilityCallId, cancellationToken);
        var learner = await db.Learners.FindAsync([application.LearnerId], cancellationToken)
            ?? throw new NotFoundException(nameof(Learner), application.LearnerId);
        var selectedOnCall = await db.Applications.CountAsync(
            a => a.MobilityCallId == call.Id && a.Status == ApplicationStatus.Selected, cancellationToken);
        var callsLearnerIsSelectedOn = await db.Applications
            .Where(a => a.LearnerId == learner.Id && a.Status == ApplicationStatus.Selected && a.Id != application.Id)
            .Join(db.MobilityCalls, a => a.MobilityCallId, c => c.Id, (_, c) => c)
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        application.Select(call, learner, selectedOnCall, callsLearnerIsSelectedOn, request.Reason, request.DecidedBy, now);
        db.Publish(CallEvents.Selected(application, call, learner, Guid.CreateVersion7(), now));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class SelectApplicationAuthorizer(EnrolmentDbContext db) : IAuthorizer<SelectApplication>
{
    public Task AuthorizeAsync(SelectApplication request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return db.RequireDecidesApplicationAsync(viewer, request.ApplicationId, "select applications to this call", cancellationToken);
    }
}
