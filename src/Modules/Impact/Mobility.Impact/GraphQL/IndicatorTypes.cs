using Mobility.GraphQL;
using Mobility.Impact.Indicators;
using Mobility.Impact.Outcomes;

namespace Mobility.Impact.GraphQL;

/// <summary>
/// The population an indicator is computed over, the same filters as the reports; every given field must match.
/// Values are written as in the reports' tables and CSV.
/// </summary>
/// <param name="AcademicYear">1 September to 31 August, written 2019-2020.</param>
/// <param name="ConsortiumId">The consortium the learner counts in.</param>
/// <param name="OrganisationId">The sending school (member organisation).</param>
/// <param name="DestinationCountry">ISO 3166 alpha-2 code of the host's country, e.g. ES.</param>
/// <param name="Sector">The host's sector, as recorded on the placement.</param>
/// <param name="QualificationId">The learner's qualification.</param>
/// <param name="QualificationLevel">Its national level: CAP, Bac Pro, BMA, FCIL...</param>
/// <param name="DurationBand">Up to 14 days, 15 to 30 days, 31 to 60 days, 61 to 89 days, 90 days or more.</param>
/// <param name="Gender">Female, Male, NonBinary, Undisclosed.</param>
/// <param name="FewerOpportunities">Yes, No or Unknown.</param>
[GraphQLName("IndicatorFilterInput")]
internal sealed record IndicatorFilterInput(
    string? AcademicYear, Guid? ConsortiumId, [property: ID("Organisation")] Guid? OrganisationId, string? DestinationCountry, string? Sector, Guid? QualificationId,
    string? QualificationLevel, string? DurationBand, string? Gender, string? FewerOpportunities)
{
    public IndicatorFilter ToFilter() => new(
        AcademicYear, ConsortiumId, OrganisationId, DestinationCountry?.ToUpperInvariant(), Sector, QualificationId, QualificationLevel,
        DurationBand, Gender, FewerOpportunities);
}

/// <summary>
/// One figure: an indicator for one group of the breakdown, with the counts behind it. A suppressed figure (for
/// funders, when it could single out a person) keeps its row but carries no numbers.
/// </summary>
[GraphQLName("IndicatorFigure")]
internal sealed record IndicatorFigureType(
    Indicator Indicator,
    Dimension Dimension,
    [property: GraphQLDescription("The group of the breakdown (an id for consortia, organisations and qualifications), or All.")] string Group,
    [property: GraphQLDescription("The CEFR skill of a CEFR_GAIN figure.")] LanguageSkill? Skill,
    [property: GraphQLDescription("The rate (0 to 1), the count, or the mean CEFR levels gained; null when there is no base or it is suppressed.")] decimal? Value,
    [property: GraphQLDescription("Those counted (for a mean, the sum of levels gained).")] decimal? Numerator,
    [property: GraphQLDescription("Those the rate rests on (for a mean, the number of assessments).")] int? Denominator,
    [property: GraphQLDescription("Hidden so that no one can be singled out: the numbers are null.")] bool Suppressed)
{
    public static IndicatorFigureType From(IndicatorFigure f) => new(
        f.Indicator, f.Dimension, f.Group, f.Skill is null ? null : Enum.Parse<LanguageSkill>(f.Skill), f.Value, f.Numerator, f.Denominator,
        f.Suppressed);
}
