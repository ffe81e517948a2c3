namespace Mobility.Placements.Grants;

internal enum GrantCategory
{
    Travel,
    GreenTravelTopUp,
    IndividualSupport,
    OrganisationalSupport,
    InclusionSupport,
}
