using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Organisations;

namespace Mobility.Enrolment.Staff;

internal sealed record RegisterStaffMember(
    string FirstName, string LastName, string Email, StaffRole Role, Guid OrganisationId, Guid? Id = null) : IRequest<Guid>;

internal sealed class RegisterStaffMemberValidator : AbstractValidator<RegisterStaffMember>
{
    public RegisterStaffMemberValidator()
    {
        RuleFor(r => r.FirstName).NotEmpty().MaximumLength(100);
        RuleFor(r => r.LastName).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Email).NotEmpty().EmailAddress().MaximumLength(254);
        RuleFor(r => r.Role).IsInEnum();
        RuleFor(r => r.OrganisationId).NotEmpty();
    }
}

internal sealed class RegisterStaffMemberHandler(EnrolmentDbContext db) : IRequestHandler<RegisterStaffMember, Guid>
{
    public async Task<Guid> Handle(RegisterStaffMember request, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.FindAsync([request.OrganisationId], cancellationToken)
            ?? throw new NotFoundException(nameof(Organisation), request.OrganisationId);
        var staff = StaffMember.Register(
            request.Id ?? Guid.CreateVersion7(), request.FirstName, request.LastName, request.Email, request.Role, organisation);
        db.StaffMembers.Add(staff);
        await db.SaveChangesAsync(cancellationToken);
        return staff.Id;
    }
}

internal sealed class RegisterStaffMemberAuthorizer : IAuthorizer<RegisterStaffMember>
{
    public Task AuthorizeAsync(RegisterStaffMember request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireManagesOrganisation(request.OrganisationId, "register its staff");
        return Task.CompletedTask;
    }
}
