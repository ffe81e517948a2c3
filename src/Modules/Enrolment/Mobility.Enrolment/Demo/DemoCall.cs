using Mobility.Enrolment.Calls;
using Mobility.Enrolment.Consortia;

namespace Mobility.Enrolment.Demo;

/// <summary>
/// A demo call: its application window, the day its committee decides, its mobility period and its places. Every
/// decision falls at least two days before the period opens, so placements planned a month ahead of a departure
/// four weeks into the period come after the selection.
/// </summary>
internal sealed record DemoCall(
    string Key, string Title, DateOnly OpensOn, DateOnly ClosesOn, DateOnly DecidedOn, DateOnly MobilityStartsOn,
    DateOnly MobilityEndsOn, int Places)
{
    public Guid Id => DemoIds.Of("call", Key);

    public MobilityCall Open(Consortium consortium, params (string Name, int Weight)[] criteria)
        => MobilityCall.Open(
            Id, consortium, Title, OpensOn, ClosesOn, MobilityStartsOn, MobilityEndsOn, Places,
            [.. criteria.Select(c => new CriterionDefinition(DemoIds.Of("selection-criterion", $"{Key}/{c.Name}"), c.Name, c.Weight))]);

    public static DateTime On(DateOnly day, int daysAfter = 0) => day.AddDays(daysAfter).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
}
