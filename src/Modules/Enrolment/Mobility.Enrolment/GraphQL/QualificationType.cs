using Mobility.Enrolment.Contracts.Directory;
using Mobility.Enrolment.Qualifications;
using Mobility.GraphQL;

namespace Mobility.Enrolment.GraphQL;

/// <summary>A national vocational qualification placed on the EQF, with the units recognition is measured against.</summary>
/// <param name="Id">The qualification's id.</param>
/// <param name="NationalName">Its name in its country.</param>
/// <param name="NationalLevel">The national family or level as the country names it, e.g. "CAP" or "Bac Pro".</param>
/// <param name="Country">ISO 3166-1 alpha-2.</param>
/// <param name="EqfLevel">European Qualifications Framework level, 1 to 8.</param>
/// <param name="IscedField">ISCED-F 2013 detailed field, e.g. 1013 for hotels, restaurants and catering.</param>
/// <param name="Units">Its units, mandatory and optional.</param>
[GraphQLName("Qualification")]
internal sealed record QualificationType(
    Guid Id, string NationalName, string NationalLevel, string Country, int EqfLevel, string IscedField,
    IReadOnlyList<QualificationUnitType> Units)
{
    public static QualificationType From(Qualification qualification) => new(
        qualification.Id, qualification.NationalName, qualification.NationalLevel, qualification.Country,
        qualification.EqfLevel, qualification.IscedField,
        [.. qualification.Units.Select(u => new QualificationUnitType(u.Id, u.Code, u.Title, u.IsOptional))]);

    public static QualificationType From(QualificationSummary qualification) => new(
        qualification.Id, qualification.NationalName, qualification.NationalLevel, qualification.Country,
        qualification.EqfLevel, qualification.IscedField,
        [.. qualification.Units.Select(u => new QualificationUnitType(u.Id, u.Code, u.Title, u.IsOptional))]);
}

/// <summary>A unit of a qualification; optional units include the French mobility unit (UFM).</summary>
/// <param name="Id">The unit's id.</param>
/// <param name="Code">Its code within the qualification.</param>
/// <param name="Title">Its title.</param>
/// <param name="IsOptional">Whether learners may leave it out.</param>
[GraphQLName("QualificationUnit")]
internal sealed record QualificationUnitType(Guid Id, string Code, string Title, bool IsOptional);
