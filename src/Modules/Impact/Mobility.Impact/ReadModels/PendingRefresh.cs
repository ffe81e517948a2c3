namespace Mobility.Impact.ReadModels;

/// <summary>
/// A learner whose data changed since the last refresh of the outcome facts. Written in the same transaction as the
/// change, removed in the same transaction as the refresh, so an incremental refresh never misses or repeats one.
/// </summary>
internal sealed class PendingRefresh(Guid learnerId, DateTime markedAt)
{
    public Guid LearnerId { get; private set; } = learnerId;

    public DateTime MarkedAt { get; private set; } = markedAt;
}
