namespace Mobility.Placements.Demo;

/// <summary>
/// The first COVID-19 lockdown as the demo tells it: mobilities stopped on 13 March 2020 (those abroad brought home,
/// those not yet gone called off, all force majeure), and learners left again from October 2020.
/// </summary>
internal static class Pandemic
{
    public const string Reason = "COVID-19 pandemic: host closed and travel restricted";

    public static readonly DateOnly Lockdown = new(2020, 3, 13);

    public static readonly DateOnly LearnersLeaveAgainFrom = new(2020, 10, 5);

    public static bool Stops(DateOnly startsOn, DateOnly endsOn) => endsOn > Lockdown && startsOn < LearnersLeaveAgainFrom;

    /// <summary>Brought home on the lockdown if already abroad, otherwise called off that day (after confirmation, a fortnight before departure).</summary>
    public static DemoOutcome OutcomeFor(DateOnly startsOn) => startsOn < Lockdown
        ? DemoOutcome.Interrupted(Reason + "; early return organised", true, Lockdown)
        : DemoOutcome.Cancelled(Reason, true, Lockdown);
}
