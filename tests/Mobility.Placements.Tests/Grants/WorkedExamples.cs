using Mobility.Placements.Grants;
using Mobility.Placements.Places;
using Mobility.TestKit;

namespace Mobility.Placements.Tests.Grants;

/// <summary>
/// Each example is worked out by hand in its comment from the rate files (2018: calls 2018-2020; 2021: calls
/// 2021-2023; 2024: calls from 2024) and the haversine distance on a 6371 km sphere between city-centre
/// coordinates; the engine must agree to the cent.
/// </summary>
public sealed class WorkedExamples
{
    private static readonly GeoPoint Paris = new(48.8566, 2.3522);
    private static readonly GrantRatesCatalogue Rates = GrantRatesCatalogue.LoadEmbedded();

    [Fact]
    public void Paris_to_Berlin_is_877_km_as_the_great_circle_flies()
        => Assert.Equal(877.46, GreatCircle.DistanceKm(Paris, new GeoPoint(52.5200, 13.4050)), 2);

    [Fact]
    public void A_learner_going_to_Berlin_by_train_for_24_days_receives_2000_euros()
    {
        // Call 2021. Paris -> Berlin 877.46 km => band 500-1 999 km: travel 275.00, green figure 320 => top-up 45.00.
        // Train is green: 4 travel days allowed (max 6). Funded days 24 + 4 = 28; Germany is group II, learner rates
        // 56 / 39: days 1-14 = 14 x 56 = 784.00; days 15-28 = 14 x 39 = 546.00. Organisational support, 1st
        // participant: 350.00. Total 275 + 45 + 784 + 546 + 350 = 2 000.00.
        var grant = Compute(2021, GrantParticipant.Learner, new GeoPoint(52.5200, 13.4050), "DE", 24, green: true, travelDays: 4);

        AssertLines(grant, (GrantCategory.Travel, 275m), (GrantCategory.GreenTravelTopUp, 45m), (GrantCategory.IndividualSupport, 784m),
            (GrantCategory.IndividualSupport, 546m), (GrantCategory.OrganisationalSupport, 350m));
        Assert.Equal(2000.00m, grant.Total);
        Assert.Equal(877.5, grant.DistanceKm);
    }

    [Fact]
    public void A_learner_with_fewer_opportunities_flying_to_Madrid_for_30_days_receives_2211_euros()
    {
        // Call 2021. Paris -> Madrid 1 052.89 km => band 500-1 999: 275.00, no top-up (plane). 2 travel days.
        // Funded days 32; Spain group II learner: 14 x 56 = 784.00; 18 x 39 = 702.00. Organisational 350.00.
        // Inclusion support 100.00. Total 275 + 784 + 702 + 350 + 100 = 2 211.00.
        var grant = Compute(2021, GrantParticipant.Learner, new GeoPoint(40.4168, -3.7038), "ES", 30, green: false, travelDays: 2,
            fewerOpportunities: true);

        AssertLines(grant, (GrantCategory.Travel, 275m), (GrantCategory.IndividualSupport, 784m), (GrantCategory.IndividualSupport, 702m),
            (GrantCategory.OrganisationalSupport, 350m), (GrantCategory.InclusionSupport, 100m));
        Assert.Equal(2211.00m, grant.Total);
    }

    [Fact]
    public void A_teacher_job_shadowing_five_days_in_Helsinki_receives_1444_euros()
    {
        // Call 2021. Paris -> Helsinki 1 908.47 km => band 500-1 999: 275.00. 2 travel days: 7 funded days, all
        // before day 15; Finland group I staff: 7 x 117 = 819.00. Organisational 350.00. Total 1 444.00.
        var grant = Compute(2021, GrantParticipant.Staff, new GeoPoint(60.1699, 24.9384), "FI", 5, green: false, travelDays: 2);

        AssertLines(grant, (GrantCategory.Travel, 275m), (GrantCategory.IndividualSupport, 819m), (GrantCategory.OrganisationalSupport, 350m));
        Assert.Equal(1444.00m, grant.Total);
    }

    [Fact]
    public void An_ErasmusPro_apprentice_going_to_Lisbon_by_bus_for_90_days_on_the_2024_rates_receives_4874_euros()
    {
        // Call 2024. Paris -> Lisbon 1 452.93 km => 2024 band 500-1 999: standard 309.00, green 417 => top-up 108.00.
        // Bus is green: 6 travel days. Funded days 96; Portugal group II learner (carried-over rates 56 / 39):
        // 14 x 56 = 784.00; 82 x 39 = 3 198.00. Organisational 350.00. Inclusion (2024) 125.00.
        // Total 309 + 108 + 784 + 3 198 + 350 + 125 = 4 874.00.
        var grant = Compute(2024, GrantParticipant.Learner, new GeoPoint(38.7223, -9.1393), "PT", 90, green: true, travelDays: 6,
            fewerOpportunities: true);

        AssertLines(grant, (GrantCategory.Travel, 309m), (GrantCategory.GreenTravelTopUp, 108m), (GrantCategory.IndividualSupport, 784m),
            (GrantCategory.IndividualSupport, 3198m), (GrantCategory.OrganisationalSupport, 350m), (GrantCategory.InclusionSupport, 125m));
        Assert.Equal(4874.00m, grant.Total);
        Assert.False(grant.FullyVerified);
    }

    [Fact]
    public void An_accompanying_person_flying_to_Athens_for_ten_days_receives_1608_euros_without_organisational_support()
    {
        // Call 2021. Paris -> Athens 2 095.85 km => band 2 000-2 999: 360.00. 2 travel days: 12 funded days; Greece
        // (EL in the programme's list) group II staff: 12 x 104 = 1 248.00. Accompanying persons bring no
        // organisational support. Total 360 + 1 248 = 1 608.00.
        var grant = Compute(2021, GrantParticipant.AccompanyingPerson, new GeoPoint(37.9838, 23.7275), "GR", 10, green: false, travelDays: 2);

        AssertLines(grant, (GrantCategory.Travel, 360m), (GrantCategory.IndividualSupport, 1248m));
        Assert.Equal(1608.00m, grant.Total);
    }

    [Fact]
    public void The_hundred_and_first_participant_going_to_Brussels_by_train_brings_the_lower_organisational_support()
    {
        // Call 2021. Paris -> Brussels 263.98 km => band 100-499: 180.00, green 210 => top-up 30.00. 2 travel days:
        // 16 funded days; Belgium group II learner: 14 x 56 = 784.00; 2 x 39 = 78.00. Participant no. 101:
        // organisational support 200.00. Total 180 + 30 + 784 + 78 + 200 = 1 272.00.
        var grant = Compute(2021, GrantParticipant.Learner, new GeoPoint(50.8503, 4.3517), "BE", 14, green: true, travelDays: 2,
            participantNumber: 101);

        AssertLines(grant, (GrantCategory.Travel, 180m), (GrantCategory.GreenTravelTopUp, 30m), (GrantCategory.IndividualSupport, 784m),
            (GrantCategory.IndividualSupport, 78m), (GrantCategory.OrganisationalSupport, 200m));
        Assert.Equal(1272.00m, grant.Total);
    }

    [Fact]
    public void An_invited_expert_from_Rome_teaching_five_days_in_Paris_receives_1353_euros()
    {
        // Call 2021. Rome -> Paris 1 105.28 km => band 500-1 999: 275.00. 2 travel days: 7 days; France group II
        // staff: 7 x 104 = 728.00. Organisational 350.00. Total 1 353.00.
        var grant = GrantCalculator.Compute(
            new GrantInput(GrantParticipant.Staff, new GeoPoint(41.9028, 12.4964), Paris, "FR", 5, false, 2, false, 1), Rates.For(2021));

        Assert.Equal(1353.00m, grant.Total);
    }

    [Fact]
    public void A_CAPMOB_learner_placed_21_days_in_Florence_in_2019_receives_1760_euros_on_unverified_rates()
    {
        // Call 2019 => the 2018 file (calls 2018-2020). Paris -> Florence 886.44 km => band 500-1 999 km: 275.00
        // (the 2021 figure carried back; no green figures before 2021). 2 travel days: funded days 21 + 2 = 23;
        // Italy is group II, learner rates 56 / 39 (carried back): days 1-14 = 14 x 56 = 784.00; days 15-23 =
        // 9 x 39 = 351.00. Organisational support, 1st participant: 350.00. Total 275 + 784 + 351 + 350 = 1 760.00.
        var grant = Compute(2019, GrantParticipant.Learner, new GeoPoint(43.7696, 11.2558), "IT", 21, green: false, travelDays: 2);

        AssertLines(grant, (GrantCategory.Travel, 275m), (GrantCategory.IndividualSupport, 784m), (GrantCategory.IndividualSupport, 351m),
            (GrantCategory.OrganisationalSupport, 350m));
        Assert.Equal(1760.00m, grant.Total);
        Assert.Equal(2018, grant.CallYear);
        Assert.False(grant.FullyVerified);
    }

    [Fact]
    public void Before_2021_a_short_trip_is_funded_20_euros_the_longest_1100_and_green_travel_brings_nothing_more()
    {
        // Paris -> Versailles 17.91 km => band 10-99 km: 20.00 in the 2018 file (23.00 in 2021). From 8 000 km the
        // 2018 file pays 1 100.00 (1 500.00 in 2021). Green travel: no green figure, and 2 travel days at most.
        var versailles = new GeoPoint(48.8049, 2.1204);
        Assert.Equal(20m, Compute(2019, GrantParticipant.Staff, versailles, "FR", 5, green: true, travelDays: 2).Lines[0].Amount);
        Assert.Equal(23m, Compute(2021, GrantParticipant.Staff, versailles, "FR", 5, green: false, travelDays: 2).Lines[0].Amount);
        Assert.Equal(1100m, Rates.For(2020).Travel.Bands.Single(b => b.Contains(8000)).Standard);
        Assert.DoesNotContain(Compute(2019, GrantParticipant.Learner, new GeoPoint(52.52, 13.405), "DE", 20, green: true, travelDays: 2).Lines,
            l => l.Category == GrantCategory.GreenTravelTopUp);
        DomainAssert.Violates("TRAVEL_DAYS_ABOVE_MAXIMUM",
            () => Compute(2019, GrantParticipant.Learner, new GeoPoint(52.52, 13.405), "DE", 20, green: true, travelDays: 3));
    }

    [Fact]
    public void Standard_travel_funds_two_travel_days_and_green_travel_six()
    {
        DomainAssert.Violates("TRAVEL_DAYS_ABOVE_MAXIMUM",
            () => Compute(2021, GrantParticipant.Learner, new GeoPoint(52.52, 13.405), "DE", 24, green: false, travelDays: 3));
        DomainAssert.Violates("TRAVEL_DAYS_ABOVE_MAXIMUM",
            () => Compute(2021, GrantParticipant.Learner, new GeoPoint(52.52, 13.405), "DE", 24, green: true, travelDays: 7));
    }

    [Fact]
    public void A_country_outside_the_rate_files_groups_has_no_daily_rate()
        => DomainAssert.Violates("COUNTRY_NOT_IN_ANY_GROUP",
            () => Compute(2021, GrantParticipant.Learner, new GeoPoint(52.2297, 21.0122), "PL", 20, green: false, travelDays: 2));

    [Fact]
    public void A_call_year_uses_the_latest_rate_file_at_or_before_it()
    {
        Assert.Equal(2021, Rates.For(2023).CallYear);
        Assert.Equal(2024, Rates.For(2026).CallYear);
        Assert.Equal(2018, Rates.For(2020).CallYear);
        DomainAssert.Violates("RATES_UNKNOWN_FOR_CALL_YEAR", () => Rates.For(2017));
    }

    [Fact]
    public void Every_rate_file_says_where_its_figures_come_from_and_which_are_unverified()
    {
        foreach (var year in Rates.CallYears.Select(Rates.For))
        {
            Assert.All(new[] { year.Travel.Source, year.TravelDays.Source, year.CountryGroups.Source, year.IndividualSupport.Source,
                year.OrganisationalSupport.Source, year.InclusionSupport.Source, year.Activities.Source }, s => Assert.False(string.IsNullOrWhiteSpace(s)));
            Assert.False(year.IndividualSupport.Verified);
        }

        Assert.True(Rates.For(2021).Travel.Verified);
        Assert.False(Rates.For(2024).Travel.Verified);
        Assert.All(Rates.For(2018).Travel.Bands, b => Assert.False(string.IsNullOrWhiteSpace(b.Source)));
        Assert.All(Rates.For(2018).Travel.Bands, b => Assert.False(b.Verified));
    }

    private static GrantBreakdown Compute(
        int callYear, GrantParticipant participant, GeoPoint destination, string country, int days, bool green, int travelDays,
        bool fewerOpportunities = false, int participantNumber = 1)
        => GrantCalculator.Compute(
            new GrantInput(participant, Paris, destination, country, days, green, travelDays, fewerOpportunities, participantNumber),
            Rates.For(callYear));

    private static void AssertLines(GrantBreakdown grant, params (GrantCategory Category, decimal Amount)[] expected)
        => Assert.Equal(expected, grant.Lines.Select(l => (l.Category, l.Amount)));
}
