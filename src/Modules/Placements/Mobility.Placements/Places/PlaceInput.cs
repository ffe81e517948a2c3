using FluentValidation;
using Mobility.BuildingBlocks.Geography;

namespace Mobility.Placements.Places;

/// <summary>A city given with its coordinates in a request.</summary>
internal sealed record PlaceInput(string City, string Country, double Latitude, double Longitude)
{
    public Place ToPlace() => new(City.Trim(), CountryCode.Parse(Country).Iso, GeoPoint.Of(Latitude, Longitude));
}

internal sealed class PlaceInputValidator : AbstractValidator<PlaceInput>
{
    public PlaceInputValidator()
    {
        RuleFor(p => p.City).NotEmpty().MaximumLength(200);
        RuleFor(p => p.Country).Must(CountryCode.IsValid).WithErrorCode("CountryCode")
            .WithMessage("'{PropertyValue}' is not an ISO 3166-1 alpha-2 country code (EL and UK are accepted).");
        RuleFor(p => p.Latitude).InclusiveBetween(-90, 90);
        RuleFor(p => p.Longitude).InclusiveBetween(-180, 180);
    }
}
