using Mobility.Placements.Contracts;
using Mobility.Placements.Grants;
using Mobility.Placements.Lifecycle;

namespace Mobility.Placements.Demo;

/// <summary>
/// The grant of every demo placement that went ahead or is confirmed, as ComputeGrant would store it: standard
/// travel with two travel days, no fewer-opportunities flag (Enrolment does not share it), participants numbered
/// per call year in planning order.
/// </summary>
internal static class DemoGrants
{
    private const int TravelDays = 2;

    public static void Add(DemoBatch batch, GrantRatesCatalogue rates)
    {
        foreach (var year in batch.Placements.Where(p => p.Status != PlacementStatus.Cancelled).GroupBy(p => p.CallYear))
        {
            var numbered = year.OrderBy(p => p.PlannedAt).ThenBy(p => p.Id).Select((p, i) => (Placement: p, Number: i + 1));
            foreach (var (placement, number) in numbered.Where(n => n.Placement.Status != PlacementStatus.Planned))
            {
                var input = new GrantInput(
                    placement.Kind.IsForLearners() ? GrantParticipant.Learner : GrantParticipant.Staff, placement.Origin.Point,
                    placement.Destination.Point, placement.DestinationCountry, placement.ActivityDays, false, TravelDays, false, number);
                var breakdown = GrantCalculator.Compute(input, rates.For(placement.CallYear));
                batch.Grants.Add(new PlacementGrant(placement.Id, input, breakdown, placement.ConfirmedAt!.Value));
            }
        }
    }
}
