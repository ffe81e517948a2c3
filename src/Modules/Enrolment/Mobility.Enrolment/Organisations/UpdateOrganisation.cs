using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Geography;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;

namespace Mobility.Enrolment.Organisations;

internal sealed record UpdateOrganisation(
    Guid Id,
    string Name,
    OrganisationKind Kind,
    string Country,
    string City,
    string? Oid = null,
    string? ErasmusCode = null,
    IReadOnlyList<string>? Sectors = null) : IRequest<Unit>;

internal sealed class UpdateOrganisationValidator : AbstractValidator<UpdateOrganisation>
{
    public UpdateOrganisationValidator()
    {
        RuleFor(r => r.Id).NotEmpty();
        RuleFor(r => r.Name).NotEmpty().MaximumLength(300);
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.Country).Must(CountryCode.IsValid).WithErrorCode("CountryCode")
            .WithMessage("'{PropertyValue}' is not an ISO 3166-1 alpha-2 country code (EL and UK are accepted).");
        RuleFor(r => r.City).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Oid).Must(OidFormat.IsValid).When(r => r.Oid is not null).WithErrorCode("OidFormat")
            .WithMessage("'{PropertyValue}' is not an Erasmus+ OID: E followed by eight digits.");
        RuleFor(r => r.ErasmusCode).MaximumLength(30);
    }
}

internal sealed class UpdateOrganisationHandler(EnrolmentDbContext db) : IRequestHandler<UpdateOrganisation, Unit>
{
    public async Task<Unit> Handle(UpdateOrganisation request, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.FindAsync([request.Id], cancellationToken)
            ?? throw new NotFoundException(nameof(Organisation), request.Id);
        organisation.Update(
            request.Name, request.Kind, request.Country, request.City, request.Oid, request.ErasmusCode, request.Sectors ?? []);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class UpdateOrganisationAuthorizer : IAuthorizer<UpdateOrganisation>
{
    public Task AuthorizeAsync(UpdateOrganisation request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireManagesOrganisation(request.Id, "update it");
        return Task.CompletedTask;
    }
}
