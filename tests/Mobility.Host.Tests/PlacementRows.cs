using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mobility.Host.Tests;

/// <summary>
/// Writes a host organisation and outgoing placements through Placements' own DbContext, so the GraphQL hops have
/// rows to load whatever the demo holds. The module's types are internal, so they are reached by name.
/// </summary>
internal static class PlacementRows
{
    private static readonly Assembly Placements = typeof(Mobility.Placements.PlacementsModule).Assembly;

    public static async Task AddAsync(IServiceProvider services, IReadOnlyList<Guid> sendingOrganisationIds)
    {
        await using var scope = services.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(Placements.GetType("Mobility.Placements.Data.PlacementsDbContext", true)!);
        var hostId = Guid.CreateVersion7();
        db.Add(Entity("Mobility.Placements.HostOrganisations.HostOrganisation", new()
        {
            ["Id"] = hostId, ["Name"] = "Hotel Test", ["Kind"] = Enum("Mobility.Placements.HostOrganisations.HostOrganisationKind", "Company"),
            ["Country"] = "IE", ["City"] = "Cork", ["Latitude"] = 51.9, ["Longitude"] = -8.47, ["Sector"] = "Hospitality",
            ["ContactName"] = "Contact", ["ContactEmail"] = "contact@example.org",
        }));
        foreach (var (sender, index) in sendingOrganisationIds.Select((id, i) => (id, i)))
        {
            db.Add(Entity("Mobility.Placements.Lifecycle.Placement", new()
            {
                ["Id"] = Guid.CreateVersion7(), ["Kind"] = Contract("PlacementKind", "ShortTermLearner"),
                ["Direction"] = Contract("PlacementDirection", "Outgoing"), ["Status"] = Contract("PlacementStatus", "Planned"),
                ["CallYear"] = 2024, ["SendingOrganisationId"] = sender, ["HostOrganisationId"] = hostId,
                ["StartsOn"] = new DateOnly(2025, 3, 1).AddDays(index), ["EndsOn"] = new DateOnly(2025, 3, 28), ["DurationDays"] = 28,
                ["OriginCity"] = "Paris", ["OriginCountry"] = "FR", ["DestinationCity"] = "Cork", ["DestinationCountry"] = "IE",
                ["PlannedAt"] = new DateTime(2024, 11, 1, 0, 0, 0, DateTimeKind.Utc),
            }));
        }

        await db.SaveChangesAsync();
    }

    private static object Entity(string typeName, Dictionary<string, object> values)
    {
        var type = Placements.GetType(typeName, true)!;
        var entity = Activator.CreateInstance(type, nonPublic: true)!;
        foreach (var (name, value) in values)
        {
            type.GetProperty(name)!.SetValue(entity, value);
        }

        return entity;
    }

    private static object Enum(string typeName, string value) => System.Enum.Parse(Placements.GetType(typeName, true)!, value);

    private static object Contract(string enumName, string value) =>
        System.Enum.Parse(typeof(Mobility.Placements.Contracts.PlacementKind).Assembly.GetType("Mobility.Placements.Contracts." + enumName, true)!, value);
}
