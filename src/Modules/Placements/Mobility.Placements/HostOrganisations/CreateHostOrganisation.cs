using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Geography;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Data;
using Mobility.Placements.Places;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.HostOrganisations;

internal sealed record CreateHostOrganisation(
    string Name,
    HostOrganisationKind Kind,
    string Country,
    string City,
    double Latitude,
    double Longitude,
    string Sector,
    string ContactName,
    string ContactEmail,
    string? ContactPhone = null,
    Guid? Id = null) : IRequest<Guid>;

internal sealed class CreateHostOrganisationValidator : AbstractValidator<CreateHostOrganisation>
{
    public CreateHostOrganisationValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(300);
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.Country).Must(CountryCode.IsValid).WithErrorCode("CountryCode")
            .WithMessage("'{PropertyValue}' is not an ISO 3166-1 alpha-2 country code (EL and UK are accepted).");
        RuleFor(r => r.City).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Latitude).InclusiveBetween(-90, 90);
        RuleFor(r => r.Longitude).InclusiveBetween(-180, 180);
        RuleFor(r => r.Sector).NotEmpty().MaximumLength(100);
        RuleFor(r => r.ContactName).NotEmpty().MaximumLength(200);
        RuleFor(r => r.ContactEmail).NotEmpty().EmailAddress().MaximumLength(254);
        RuleFor(r => r.ContactPhone).MaximumLength(40);
    }
}

internal sealed class CreateHostOrganisationHandler(PlacementsDbContext db) : IRequestHandler<CreateHostOrganisation, Guid>
{
    public async Task<Guid> Handle(CreateHostOrganisation request, CancellationToken cancellationToken)
    {
        var host = HostOrganisation.Create(
            request.Id ?? Guid.CreateVersion7(), request.Name, request.Kind, request.Country, request.City,
            GeoPoint.Of(request.Latitude, request.Longitude), request.Sector, request.ContactName, request.ContactEmail,
            request.ContactPhone);
        db.HostOrganisations.Add(host);
        await db.SaveChangesAsync(cancellationToken);
        return host.Id;
    }
}

internal sealed class CreateHostOrganisationAuthorizer : IAuthorizer<CreateHostOrganisation>
{
    public Task AuthorizeAsync(CreateHostOrganisation request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireRole("add host organisations", PlacementsAccess.Managers);
        return Task.CompletedTask;
    }
}
