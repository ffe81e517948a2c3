using Mobility.BuildingBlocks.Demo;

namespace Mobility.Placements.Demo;

/// <summary>
/// Demo IDs are name-based: <c>placements/{kind}/{key}</c>, e.g. <c>placements/host/es-madrid-hotel</c>. Enrolment's
/// demo entities are named by its documented scheme <c>enrolment/{kind}/{key}</c>, never by querying its tables.
/// </summary>
internal static class DemoIds
{
    public static Guid Of(string kind, string key) => DeterministicGuid.Create($"placements/{kind}/{key}");

    public static Guid EventOf(string kind, Guid subject) => DeterministicGuid.Create($"placements/event/{kind}/{subject}");

    public static Guid Enrolment(string kind, string key) => DeterministicGuid.Create($"enrolment/{kind}/{key}");
}
