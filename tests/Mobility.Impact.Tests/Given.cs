using Mobility.BuildingBlocks.Messaging;
using Mobility.Enrolment.Contracts.Events;
using Mobility.Impact.Data;
using Mobility.Placements.Contracts;
using Mobility.Placements.Contracts.Events;
using Mobility.TestKit;

namespace Mobility.Impact.Tests;

/// <summary>Other modules' events, written to an outbox and delivered by the real dispatcher.</summary>
internal static class Given
{
    public static async Task PublishAsync(this ModuleTestHost host, params IIntegrationEvent[] events)
    {
        await host.InScopeAsync<ImpactDbContext>(async db =>
        {
            foreach (var e in events)
            {
                db.Publish(e);
            }

            await db.SaveChangesAsync();
        });
        while (await host.DispatchOutboxAsync() > 0)
        {
        }
    }

    public static LearnerRegistered Registered(Guid learner, Guid school, Guid qualification, DateTime at)
        => new(Guid.NewGuid(), at, learner, school, qualification, "Camille", "Martin", new DateOnly(2003, 3, 14), "FR");

    public static ApplicationSelected Selected(Guid learner, Guid consortium, Guid school, DateTime at)
        => new(Guid.NewGuid(), at, Guid.NewGuid(), learner, Guid.NewGuid(), consortium, school, new DateOnly(2019, 3, 1),
            new DateOnly(2019, 6, 30), 7.5m);

    public static LearnerSensitiveFlagsRecorded Flags(Guid learner, bool fewerOpportunities, DateTime at)
        => new(Guid.NewGuid(), at, learner, fewerOpportunities, false);

    public static PlacementCompleted Completed(
        Guid placement, Guid learner, Guid school, DateOnly startsOn, int days, string country, string? sector,
        PlacementDirection direction = PlacementDirection.Outgoing)
        => new(Guid.NewGuid(), startsOn.AddDays(days).ToDateTime(new TimeOnly(18, 0), DateTimeKind.Utc), placement,
            PlacementKind.ShortTermLearner, direction, 2018, learner, null, school, Guid.NewGuid(), null, null, startsOn,
            startsOn.AddDays(days - 1), days, "FR", country, "City", sector);
}
