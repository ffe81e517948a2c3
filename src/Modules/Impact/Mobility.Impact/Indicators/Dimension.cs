using Mobility.GraphQL;

namespace Mobility.Impact.Indicators;

/// <summary>What an indicator can be broken down by, and filtered on.</summary>
[GraphQLName("IndicatorDimension")]
internal enum Dimension
{
    /// <summary>No breakdown: one figure for the whole population.</summary>
    Total,
    AcademicYear,
    Consortium,
    Organisation,
    DestinationCountry,
    Sector,
    Qualification,
    QualificationLevel,
    DurationBand,
    Gender,
    FewerOpportunities,
}
