using Mobility.BuildingBlocks.Demo;

namespace Mobility.Enrolment.Demo;

/// <summary>
/// Demo IDs are name-based: <c>enrolment/{kind}/{key}</c>, e.g. <c>enrolment/consortium/capmob</c>,
/// <c>enrolment/organisation/capmob-school-07</c>, <c>enrolment/learner/capmob-0001</c>, so other modules' seeders can
/// refer to them without querying Enrolment.
/// </summary>
internal static class DemoIds
{
    public static Guid Of(string kind, string key) => DeterministicGuid.Create($"enrolment/{kind}/{key}");

    public static Guid EventOf(string kind, Guid subject) => DeterministicGuid.Create($"enrolment/event/{kind}/{subject}");
}
