namespace Mobility.Impact.Indicators;

/// <summary>Duration bands of a placement, in days abroad.</summary>
internal static class DurationBands
{
    public const string UpToTwoWeeks = "Up to 14 days";
    public const string TwoToFourWeeks = "15 to 30 days";
    public const string OneToTwoMonths = "31 to 60 days";
    public const string TwoToThreeMonths = "61 to 89 days";
    public const string ErasmusPro = "90 days or more";

    public static readonly IReadOnlyList<string> All = [UpToTwoWeeks, TwoToFourWeeks, OneToTwoMonths, TwoToThreeMonths, ErasmusPro];

    public static string Of(int days) => days switch
    {
        <= 14 => UpToTwoWeeks,
        <= 30 => TwoToFourWeeks,
        <= 60 => OneToTwoMonths,
        <= 89 => TwoToThreeMonths,
        _ => ErasmusPro,
    };
}
