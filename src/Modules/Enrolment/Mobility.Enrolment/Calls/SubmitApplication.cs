using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Learners;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.Calls;

internal sealed record SubmitApplication(Guid CallId, Guid LearnerId, string SubmittedBy) : IRequest<Guid>;

internal sealed class SubmitApplicationValidator : AbstractValidator<SubmitApplication>
{
    public SubmitApplicationValidator()
    {
        RuleFor(r => r.CallId).NotEmpty();
        RuleFor(r => r.LearnerId).NotEmpty();
        RuleFor(r => r.SubmittedBy).NotEmpty().MaximumLength(ApplicationStatusChange.AuthorMaxLength);
    }
}

internal sealed class SubmitApplicationHandler(EnrolmentDbContext db, TimeProvider clock) : IRequestHandler<SubmitApplication, Guid>
{
    public async Task<Guid> Handle(SubmitApplication request, CancellationToken cancellationToken)
    {
        var call = await db.LoadCallAsync(request.CallId, cancellationToken);
        var consortium = await db.Consortia.Include(c => c.Members).SingleAsync(c => c.Id == call.ConsortiumId, cancellationToken);
        var learner = await db.Learners.FindAsync([request.LearnerId], cancellationToken)
            ?? throw new NotFoundException(nameof(Learner), request.LearnerId);
        var applied = await db.Applications.AnyAsync(
            a => a.MobilityCallId == call.Id && a.LearnerId == learner.Id, cancellationToken);
        Rule.Require(!applied, "ALREADY_APPLIED", $"{learner.FirstName} {learner.LastName} has already applied to '{call.Title}'.");
        var application = Application.Submit(
            Guid.CreateVersion7(), call, consortium, learner, request.SubmittedBy, clock.GetUtcNow().UtcDateTime);
        db.Applications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return application.Id;
    }
}

internal sealed class SubmitApplicationAuthorizer(EnrolmentDbContext db) : IAuthorizer<SubmitApplication>
{
    public Task AuthorizeAsync(SubmitApplication request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return db.RequireIsOrManagesLearnerAsync(viewer, request.LearnerId, "submit an application", cancellationToken);
    }
}
