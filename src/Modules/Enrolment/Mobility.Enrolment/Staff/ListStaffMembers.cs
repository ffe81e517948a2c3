using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.Staff;

/// <summary>The staff of one organisation, optionally only those with one role; by name.</summary>
internal sealed record ListStaffMembers(Guid OrganisationId, StaffRole? Role = null) : IRequest<IReadOnlyList<StaffMember>>;

internal sealed class ListStaffMembersValidator : AbstractValidator<ListStaffMembers>
{
    public ListStaffMembersValidator()
    {
        RuleFor(r => r.OrganisationId).NotEmpty();
        RuleFor(r => r.Role).IsInEnum();
    }
}

internal sealed class ListStaffMembersHandler(EnrolmentDbContext db, Viewer viewer) : IRequestHandler<ListStaffMembers, IReadOnlyList<StaffMember>>
{
    public async Task<IReadOnlyList<StaffMember>> Handle(ListStaffMembers request, CancellationToken cancellationToken)
    {
        var staff = db.VisibleStaff(viewer).AsNoTracking().Where(s => s.OrganisationId == request.OrganisationId);
        if (request.Role is { } role)
        {
            staff = staff.Where(s => s.Role == role);
        }

        return await staff.OrderBy(s => s.LastName).ThenBy(s => s.FirstName).ThenBy(s => s.Id).ToListAsync(cancellationToken);
    }
}
