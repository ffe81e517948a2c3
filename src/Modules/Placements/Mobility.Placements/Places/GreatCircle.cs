namespace Mobility.Placements.Places;

/// <summary>
/// One-way great-circle distance on a sphere of the mean Earth radius (haversine), which is what the EU distance
/// calculator for Erasmus+ travel grants returns.
/// </summary>
internal static class GreatCircle
{
    public const double MeanEarthRadiusKm = 6371.0;

    public static double DistanceKm(GeoPoint from, GeoPoint to)
    {
        var dLat = Radians(to.Latitude - from.Latitude);
        var dLon = Radians(to.Longitude - from.Longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2)
            + (Math.Cos(Radians(from.Latitude)) * Math.Cos(Radians(to.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * MeanEarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
