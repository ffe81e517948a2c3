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

/// <summary>
/// Selects after checking the call's places and the learner's other selections. Two selections saved at once (two
/// coordinators, the last place, or the same learner on overlapping calls) cannot both pass: each selection changes
/// the call's and the learner's concurrency token, so the later save fails and is decided again on what is stored.
/// </summary>
internal sealed class SelectApplicationHandler(EnrolmentDbContext db, TimeProvider clock) : IRequestHandler<SelectApplication, Unit>
{
    private const int Attempts = 3;

    public async Task<Unit> Handle(SelectApplication request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await SelectAsync(request, cancellationToken);
                return Unit.Value;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new DomainRuleViolationException(
                    "SELECTION_CONFLICT", "Other selections on this call or of this learner kept being saved at the same time; try again.");
            }
        }
    }

    private async Task SelectAsync(SelectApplication request, CancellationToken cancellationToken)
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
