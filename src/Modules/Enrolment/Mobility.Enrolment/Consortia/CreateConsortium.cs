using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Organisations;

namespace Mobility.Enrolment.Consortia;

internal sealed record CreateConsortium(
    string Name,
    string ProjectReference,
    DateOnly StartsOn,
    DateOnly EndsOn,
    Guid CoordinatorId,
    string? AccreditationNumber = null,
    Guid? Id = null) : IRequest<Guid>;

internal sealed class CreateConsortiumValidator : AbstractValidator<CreateConsortium>
{
    public CreateConsortiumValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(300);
        RuleFor(r => r.ProjectReference).Must(ProjectReferenceFormat.IsValid).WithErrorCode("ProjectReferenceFormat")
            .WithMessage("'{PropertyValue}' is not an Erasmus+ project reference like 2020-1-FR01-KA202-080445.");
        RuleFor(r => r.AccreditationNumber).Must(AccreditationNumberFormat.IsValid).When(r => r.AccreditationNumber is not null)
            .WithErrorCode("AccreditationNumberFormat")
            .WithMessage("'{PropertyValue}' is not an Erasmus accreditation number like 2020-1-FR01-KA120-VET-095432.");
        RuleFor(r => r.EndsOn).GreaterThan(r => r.StartsOn);
        RuleFor(r => r.CoordinatorId).NotEmpty();
    }
}

internal sealed class CreateConsortiumHandler(EnrolmentDbContext db) : IRequestHandler<CreateConsortium, Guid>
{
    public async Task<Guid> Handle(CreateConsortium request, CancellationToken cancellationToken)
    {
        var coordinator = await db.Organisations.FindAsync([request.CoordinatorId], cancellationToken)
            ?? throw new NotFoundException(nameof(Organisation), request.CoordinatorId);
        var taken = await db.Consortia.AnyAsync(c => c.ProjectReference == request.ProjectReference, cancellationToken);
        Rule.Require(!taken, "PROJECT_REFERENCE_TAKEN", $"A consortium already runs project {request.ProjectReference}.");
        var consortium = Consortium.Create(
            request.Id ?? Guid.CreateVersion7(), request.Name, request.ProjectReference, request.AccreditationNumber,
            request.StartsOn, request.EndsOn, coordinator);
        db.Consortia.Add(consortium);
        await db.SaveChangesAsync(cancellationToken);
        return consortium.Id;
    }
}

internal sealed class CreateConsortiumAuthorizer : IAuthorizer<CreateConsortium>
{
    public Task AuthorizeAsync(CreateConsortium request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireRole("create consortia", PlatformRole.ConsortiumCoordinator);
        viewer.RequireManagesOrganisation(request.CoordinatorId, "create a consortium coordinated by this organisation");
        return Task.CompletedTask;
    }
}
