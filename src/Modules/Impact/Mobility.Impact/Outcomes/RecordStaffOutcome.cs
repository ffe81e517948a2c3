using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Impact.Data;

namespace Mobility.Impact.Outcomes;

/// <summary>Records a certification (such as CLIL) or a training a staff member obtained or followed.</summary>
internal sealed record RecordStaffOutcome(Guid StaffMemberId, StaffOutcomeKind Kind, string Title, DateOnly On) : IRequest<Guid>;

internal sealed class RecordStaffOutcomeValidator : AbstractValidator<RecordStaffOutcome>
{
    public RecordStaffOutcomeValidator()
    {
        RuleFor(r => r.StaffMemberId).NotEmpty();
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.Title).NotEmpty().MaximumLength(StaffOutcome.TitleLength);
    }
}

internal sealed class RecordStaffOutcomeHandler(ImpactDbContext db, IEnrolmentDirectory enrolment, Viewer viewer)
    : IRequestHandler<RecordStaffOutcome, Guid>
{
    public async Task<Guid> Handle(RecordStaffOutcome request, CancellationToken cancellationToken)
    {
        var staff = (await enrolment.GetStaffMembersAsync([request.StaffMemberId], cancellationToken)).SingleOrDefault();
        if (staff is null || !viewer.SeesOrganisation(staff.OrganisationId))
        {
            throw new NotFoundException("Staff member", request.StaffMemberId);
        }

        var title = request.Title.Trim();
        var existing = await db.StaffOutcomes.SingleOrDefaultAsync(
            s => s.StaffMemberId == request.StaffMemberId && s.Kind == request.Kind && s.Title == title, cancellationToken);
        if (existing is not null)
        {
            return existing.Id;
        }

        var outcome = StaffOutcome.Record(
            DeterministicGuid.Create($"impact/staff-outcome/{request.StaffMemberId}/{request.Kind}/{title}"), request.StaffMemberId,
            staff.OrganisationId, request.Kind, title, request.On);
        db.StaffOutcomes.Add(outcome);
        await db.SaveChangesAsync(cancellationToken);
        return outcome.Id;
    }
}

/// <summary>The role check; which learners, placements and staff members the viewer reaches is the handler's (others are not found).</summary>
internal sealed class RecordStaffOutcomeAuthorizer : IAuthorizer<RecordStaffOutcome>
{
    public Task AuthorizeAsync(RecordStaffOutcome request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireRole("record staff outcomes", PlatformRole.SchoolStaff, PlatformRole.ConsortiumCoordinator);
        return Task.CompletedTask;
    }
}
