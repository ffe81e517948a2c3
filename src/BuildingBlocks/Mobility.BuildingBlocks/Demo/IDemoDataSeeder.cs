namespace Mobility.BuildingBlocks.Demo;

/// <summary>
/// Loads a module's part of the demo consortium. Must be deterministic and idempotent: running it twice changes
/// nothing. Seeders run in ascending <see cref="Order"/>, so a later module can refer to an earlier one's demo IDs.
/// </summary>
public interface IDemoDataSeeder
{
    int Order { get; }

    /// <summary>True when the module holds no data at all (the platform then seeds on first start).</summary>
    Task<bool> IsEmptyAsync(CancellationToken cancellationToken);

    /// <summary>Seeds and returns a one-line summary of what is there afterwards.</summary>
    Task<string> SeedAsync(CancellationToken cancellationToken);
}
