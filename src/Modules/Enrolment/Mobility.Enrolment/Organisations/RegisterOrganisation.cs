using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Geography;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;

namespace Mobility.Enrolment.Organisations;

internal sealed record RegisterOrganisation(
    string Name,
    OrganisationKind Kind,
    string Country,
    string City,
    string? Oid = null,
    string? ErasmusCode = null,
    IReadOnlyList<string>? Sectors = null,
    Guid? Id = null) : IRequest<Guid>;

internal sealed class RegisterOrganisationValidator : AbstractValidator<RegisterOrganisation>
{
    public RegisterOrganisationValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(300);
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.Country).Must(CountryCode.IsValid).WithErrorCode("CountryCode")
            .WithMessage("'{PropertyValue}' is not an ISO 3166-1 alpha-2 country code (EL and UK are accepted).");
        RuleFor(r => r.City).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Oid).Must(OidFormat.IsValid).When(r => r.Oid is not null).WithErrorCode("OidFormat")
            .WithMessage("'{PropertyValue}' is not an Erasmus+ OID: E followed by eight digits.");
    }
}

internal sealed class RegisterOrganisationHandler(EnrolmentDbContext db) : IRequestHandler<RegisterOrganisation, Guid>
{
    public async Task<Guid> Handle(RegisterOrganisation request, CancellationToken cancellationToken)
    {
        var organisation = Organisation.Register(
            request.Id ?? Guid.CreateVersion7(), request.Name, request.Kind, request.Country, request.City,
            request.Oid, request.ErasmusCode, request.Sectors ?? []);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);
        return organisation.Id;
    }
}

internal sealed class RegisterOrganisationAuthorizer : IAuthorizer<RegisterOrganisation>
{
    public Task AuthorizeAsync(RegisterOrganisation request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireRole("register organisations", PlatformRole.ConsortiumCoordinator);
        return Task.CompletedTask;
    }
}
