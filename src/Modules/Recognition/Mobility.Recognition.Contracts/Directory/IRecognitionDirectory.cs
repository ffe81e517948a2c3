namespace Mobility.Recognition.Contracts.Directory;

/// <summary>What other modules may read from Recognition. Batch methods; never writes.</summary>
public interface IRecognitionDirectory
{
    /// <summary>The current decision on every decided unit of the given placements.</summary>
    Task<IReadOnlyList<UnitRecognitionSummary>> GetDecisionsForPlacementsAsync(
        IReadOnlyCollection<Guid> placementIds, CancellationToken cancellationToken);

    /// <summary>The current decision on every decided unit of the given learners.</summary>
    Task<IReadOnlyList<UnitRecognitionSummary>> GetDecisionsForLearnersAsync(
        IReadOnlyCollection<Guid> learnerIds, CancellationToken cancellationToken);
}
