using Mobility.Placements.Contracts;

namespace Mobility.Placements.Grants;

/// <summary>
/// One call year's unit costs and activity durations, exactly as read from its data file (Rates/*.json). Every
/// section says where its figures come from and whether they were verified against a primary source.
/// </summary>
internal sealed record GrantRates(
    int CallYear,
    string Currency,
    ActivitySection Activities,
    TravelSection Travel,
    TravelDaysSection TravelDays,
    CountryGroupSection CountryGroups,
    IndividualSupportSection IndividualSupport,
    OrganisationalSupportSection OrganisationalSupport,
    InclusionSupportSection InclusionSupport);

internal sealed record ActivitySection(string Source, IReadOnlyList<ActivityDuration> Items);

internal sealed record ActivityDuration(PlacementKind Kind, int MinDays, int MaxDays, bool Verified, string? Note = null);

internal sealed record TravelSection(string Source, bool Verified, IReadOnlyList<TravelBand> Bands);

/// <summary>
/// Half-open: from <see cref="FromKm"/> included to <see cref="BelowKm"/> excluded (none: no upper bound). A band
/// may name its own source and verification when its figures come from elsewhere than the rest of the table.
/// </summary>
internal sealed record TravelBand(int FromKm, int? BelowKm, decimal Standard, decimal? Green, bool? Verified = null, string? Source = null)
{
    public bool Contains(double km) => km >= FromKm && (BelowKm is null || km < BelowKm);

    public string Label => BelowKm is { } below ? $"{FromKm}-{below - 1} km" : $"{FromKm} km and more";
}

internal sealed record TravelDaysSection(string Source, bool Verified, int StandardMax, int GreenMax);

internal sealed record CountryGroupSection(string Source, bool Verified, IReadOnlyList<CountryGroup> Groups);

/// <summary>Countries as the programme writes them (EL, UK); compare through CountryCode.</summary>
internal sealed record CountryGroup(string Group, IReadOnlyList<string> Countries);

internal sealed record IndividualSupportSection(string Source, bool Verified, IReadOnlyList<DailyRate> Rates);

internal sealed record DailyRate(string Group, GrantParticipant Participant, decimal Days1To14, decimal FromDay15);

internal sealed record OrganisationalSupportSection(string Source, bool Verified, IReadOnlyList<OrganisationalSupportTier> Tiers);

internal sealed record OrganisationalSupportTier(int FromParticipant, decimal Amount);

internal sealed record InclusionSupportSection(string Source, bool Verified, decimal AmountPerParticipant);
