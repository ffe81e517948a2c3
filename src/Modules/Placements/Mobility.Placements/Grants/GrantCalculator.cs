using System.Globalization;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Geography;
using Mobility.Placements.Places;

namespace Mobility.Placements.Grants;

/// <summary>Applies one call year's unit costs to one participant; every amount comes from the rate file.</summary>
internal static class GrantCalculator
{
    private const int StepDay = 15;

    public static GrantBreakdown Compute(GrantInput input, GrantRates rates)
    {
        Rule.Require(input.ActivityDays >= 1, "GRANT_DURATION_REQUIRED", "A grant needs at least one day of activity.");
        var travelDaysAllowed = input.GreenTravel ? rates.TravelDays.GreenMax : rates.TravelDays.StandardMax;
        Rule.Require(input.TravelDays >= 0 && input.TravelDays <= travelDaysAllowed, "TRAVEL_DAYS_ABOVE_MAXIMUM",
            $"{(input.GreenTravel ? "Green" : "Standard")} travel funds up to {travelDaysAllowed} travel days in call {rates.CallYear}.");
        var distance = GreatCircle.DistanceKm(input.Origin, input.Destination);
        var lines = new List<GrantLine>();
        lines.AddRange(Travel(distance, input.GreenTravel, rates));
        lines.AddRange(IndividualSupport(input, rates));
        if (input.Participant != GrantParticipant.AccompanyingPerson)
        {
            lines.Add(OrganisationalSupport(input.ParticipantNumber, rates));
        }

        if (input.FewerOpportunities)
        {
            lines.Add(GrantLine.Of(GrantCategory.InclusionSupport, "participant with fewer opportunities", 1,
                rates.InclusionSupport.AmountPerParticipant, rates.InclusionSupport.Verified));
        }

        return new GrantBreakdown(rates.CallYear, rates.Currency, Math.Round(distance, 1), lines);
    }

    private static IEnumerable<GrantLine> Travel(double distance, bool green, GrantRates rates)
    {
        var km = distance.ToString("0", CultureInfo.InvariantCulture);
        var band = rates.Travel.Bands.FirstOrDefault(b => b.Contains(distance));
        if (band is null)
        {
            yield break;
        }

        var verified = band.Verified ?? rates.Travel.Verified;
        yield return GrantLine.Of(GrantCategory.Travel, $"{km} km, band {band.Label}", 1, band.Standard, verified);
        if (green && band.Green is { } greenAmount && greenAmount > band.Standard)
        {
            yield return GrantLine.Of(GrantCategory.GreenTravelTopUp, $"green travel, band {band.Label}", 1,
                greenAmount - band.Standard, verified);
        }
    }

    private static IEnumerable<GrantLine> IndividualSupport(GrantInput input, GrantRates rates)
    {
        var group = GroupOf(input.DestinationCountry, rates);
        var participant = input.Participant == GrantParticipant.Learner ? GrantParticipant.Learner : GrantParticipant.Staff;
        var rate = rates.IndividualSupport.Rates.FirstOrDefault(r => r.Group == group && r.Participant == participant)
            ?? throw new DomainRuleViolationException("DAILY_RATE_UNKNOWN",
                $"Call {rates.CallYear} has no daily rate for {participant} in country group {group}.");
        var days = input.ActivityDays + input.TravelDays;
        var basis = $"{input.ActivityDays} days + {input.TravelDays} travel days, group {group}";
        var verified = rates.IndividualSupport.Verified && rates.CountryGroups.Verified;
        yield return GrantLine.Of(GrantCategory.IndividualSupport, $"{basis}, days 1-{Math.Min(days, StepDay - 1)}",
            Math.Min(days, StepDay - 1), rate.Days1To14, verified);
        if (days >= StepDay)
        {
            yield return GrantLine.Of(GrantCategory.IndividualSupport, $"{basis}, days {StepDay}-{days}",
                days - (StepDay - 1), rate.FromDay15, verified);
        }
    }

    private static string GroupOf(string country, GrantRates rates)
    {
        var iso = CountryCode.Parse(country).Iso;
        return rates.CountryGroups.Groups.FirstOrDefault(g => g.Countries.Any(c => CountryCode.Parse(c).Iso == iso))?.Group
            ?? throw new DomainRuleViolationException("COUNTRY_NOT_IN_ANY_GROUP",
                $"{iso} is in no country group of call {rates.CallYear}; individual support cannot be computed.");
    }

    private static GrantLine OrganisationalSupport(int participantNumber, GrantRates rates)
    {
        var tier = rates.OrganisationalSupport.Tiers.Where(t => t.FromParticipant <= participantNumber)
            .MaxBy(t => t.FromParticipant) ?? rates.OrganisationalSupport.Tiers[0];
        return GrantLine.Of(GrantCategory.OrganisationalSupport, $"participant no. {participantNumber} of the project", 1,
            tier.Amount, rates.OrganisationalSupport.Verified);
    }
}
