using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;

namespace Mobility.Enrolment.Qualifications;

internal sealed record AddQualificationUnit(Guid QualificationId, string Code, string Title, bool IsOptional = false)
    : IRequest<Guid>;

internal sealed class AddQualificationUnitValidator : AbstractValidator<AddQualificationUnit>
{
    public AddQualificationUnitValidator()
    {
        RuleFor(r => r.QualificationId).NotEmpty();
        RuleFor(r => r.Code).NotEmpty().MaximumLength(QualificationUnit.CodeMaxLength);
        RuleFor(r => r.Title).NotEmpty().MaximumLength(QualificationUnit.TitleMaxLength);
    }
}

internal sealed class AddQualificationUnitHandler(EnrolmentDbContext db) : IRequestHandler<AddQualificationUnit, Guid>
{
    public async Task<Guid> Handle(AddQualificationUnit request, CancellationToken cancellationToken)
    {
        var qualification = await db.Qualifications.Include(q => q.Units)
            .SingleOrDefaultAsync(q => q.Id == request.QualificationId, cancellationToken)
            ?? throw new NotFoundException(nameof(Qualification), request.QualificationId);
        var unit = qualification.AddUnit(Guid.CreateVersion7(), request.Code, request.Title, request.IsOptional);
        await db.SaveChangesAsync(cancellationToken);
        return unit.Id;
    }
}

internal sealed class AddQualificationUnitAuthorizer : IAuthorizer<AddQualificationUnit>
{
    public Task AuthorizeAsync(AddQualificationUnit request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireRole("add qualification units", PlatformRole.ConsortiumCoordinator);
        return Task.CompletedTask;
    }
}
