using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Messaging;
using Mobility.Placements.Data;
using Mobility.TestKit;

namespace Mobility.Placements.Tests;

internal static class EventAssert
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The events of one type written to the Placements outbox, oldest first.</summary>
    public static Task<List<TEvent>> PublishedAsync<TEvent>(this ModuleTestHost host)
        where TEvent : IIntegrationEvent
        => host.InScopeAsync<PlacementsDbContext, List<TEvent>>(async db =>
            (await db.OutboxMessages.AsNoTracking().ToListAsync())
                .Where(m => m.Type.StartsWith(typeof(TEvent).FullName + ",", StringComparison.Ordinal))
                .OrderBy(m => m.OccurredAt)
                .Select(m => JsonSerializer.Deserialize<TEvent>(m.Payload, Json)!)
                .ToList());
}
