namespace Mobility.Impact.Indicators;

/// <summary>
/// One figure: an indicator for one group of a breakdown. <see cref="Value"/> is the rate (0 to 1) or the mean CEFR
/// gain; <see cref="Numerator"/> and <see cref="Denominator"/> are the counts behind it (for a mean, the sum of gains
/// and the number of assessments). <see cref="Skill"/> names the CEFR skill of a <see cref="Indicator.CefrGain"/>.
/// A suppressed figure keeps its place in the table but carries no numbers.
/// </summary>
internal sealed record IndicatorFigure(
    Indicator Indicator,
    Dimension Dimension,
    string Group,
    string? Skill,
    decimal? Numerator,
    int? Denominator,
    decimal? Value,
    bool Suppressed = false)
{
    public IndicatorFigure Suppress() => this with { Numerator = null, Denominator = null, Value = null, Suppressed = true };
}
