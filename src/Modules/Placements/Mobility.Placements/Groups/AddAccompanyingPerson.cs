using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Placements.Data;

namespace Mobility.Placements.Groups;

internal sealed record AddAccompanyingPerson(Guid PlacementGroupId, Guid StaffMemberId, bool IsLead) : IRequest<Unit>;

internal sealed class AddAccompanyingPersonValidator : AbstractValidator<AddAccompanyingPerson>
{
    public AddAccompanyingPersonValidator()
    {
        RuleFor(r => r.PlacementGroupId).NotEmpty();
        RuleFor(r => r.StaffMemberId).NotEmpty();
    }
}

internal sealed class AddAccompanyingPersonHandler(PlacementsDbContext db, IEnrolmentDirectory enrolment)
    : IRequestHandler<AddAccompanyingPerson, Unit>
{
    public async Task<Unit> Handle(AddAccompanyingPerson request, CancellationToken cancellationToken)
    {
        var group = await db.PlacementGroups.Include(g => g.AccompanyingPersons)
                .SingleOrDefaultAsync(g => g.Id == request.PlacementGroupId, cancellationToken)
            ?? throw new NotFoundException(nameof(PlacementGroup), request.PlacementGroupId);
        var staff = (await enrolment.GetStaffMembersAsync([request.StaffMemberId], cancellationToken)).SingleOrDefault()
            ?? throw new DomainRuleViolationException("STAFF_MEMBER_UNKNOWN", $"Staff member {request.StaffMemberId} is not registered.");
        group.AddAccompanyingPerson(staff.Id, staff.OrganisationId, request.IsLead);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class AddAccompanyingPersonAuthorizer(PlacementsDbContext db) : IAuthorizer<AddAccompanyingPerson>
{
    public async Task AuthorizeAsync(AddAccompanyingPerson request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        var sender = await db.PlacementGroups.Where(g => g.Id == request.PlacementGroupId)
            .Select(g => (Guid?)g.SendingOrganisationId).SingleOrDefaultAsync(cancellationToken);
        viewer.RequireManagesOrganisation(sender, "add accompanying persons to this group");
    }
}
