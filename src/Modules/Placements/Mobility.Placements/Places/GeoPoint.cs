using Mobility.BuildingBlocks.Domain;

namespace Mobility.Placements.Places;

/// <summary>A point on the WGS 84 ellipsoid, in decimal degrees.</summary>
internal readonly record struct GeoPoint(double Latitude, double Longitude)
{
    public static GeoPoint Of(double latitude, double longitude)
    {
        Rule.Require(IsValid(latitude, longitude), "COORDINATES_OUT_OF_RANGE",
            $"({latitude}, {longitude}) is not a latitude in [-90, 90] and a longitude in [-180, 180].");
        return new GeoPoint(latitude, longitude);
    }

    public static bool IsValid(double latitude, double longitude)
        => latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180;
}
