namespace Mobility.Impact.Indicators;

/// <summary>Restricts the population an indicator is computed over; every given field must match (null: any).</summary>
internal sealed record IndicatorFilter(
    string? AcademicYear = null,
    Guid? ConsortiumId = null,
    Guid? OrganisationId = null,
    string? DestinationCountry = null,
    string? Sector = null,
    Guid? QualificationId = null,
    string? QualificationLevel = null,
    string? DurationBand = null,
    string? Gender = null,
    string? FewerOpportunities = null)
{
    public static readonly IndicatorFilter None = new();

    public IQueryable<OutcomeFact> Apply(IQueryable<OutcomeFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (AcademicYear is not null)
        {
            facts = facts.Where(f => f.AcademicYear == AcademicYear);
        }

        if (ConsortiumId is not null)
        {
            facts = facts.Where(f => f.ConsortiumId == ConsortiumId);
        }

        if (OrganisationId is not null)
        {
            facts = facts.Where(f => f.OrganisationId == OrganisationId);
        }

        if (DestinationCountry is not null)
        {
            facts = facts.Where(f => f.DestinationCountry == DestinationCountry);
        }

        if (Sector is not null)
        {
            facts = facts.Where(f => f.Sector == Sector);
        }

        if (QualificationId is not null)
        {
            facts = facts.Where(f => f.QualificationId == QualificationId);
        }

        if (QualificationLevel is not null)
        {
            facts = facts.Where(f => f.QualificationLevel == QualificationLevel);
        }

        if (DurationBand is not null)
        {
            facts = facts.Where(f => f.DurationBand == DurationBand);
        }

        if (Gender is not null)
        {
            facts = facts.Where(f => f.Gender == Gender);
        }

        if (FewerOpportunities is not null)
        {
            facts = facts.Where(f => f.FewerOpportunities == FewerOpportunities);
        }

        return facts;
    }
}
