namespace Mobility.Impact.Snapshots;

/// <summary>
/// One computation of the indicators, stored with its parameters and time so a report can be reproduced. The run
/// key names the computation ("nightly:2026-09-01", "end-of-year:{consortium}:2019-2020"): running it again replaces
/// the snapshot in one transaction, so there is never a duplicate or a half-written one.
/// </summary>
internal sealed class Snapshot
{
    public const int RunKeyLength = 200;

    private Snapshot()
    {
    }

    public Guid Id { get; private set; }

    public string RunKey { get; private set; } = "";

    public SnapshotKind Kind { get; private set; }

    /// <summary>The filter and breakdowns as JSON (<see cref="SnapshotParameters"/>).</summary>
    public string Parameters { get; private set; } = "";

    public DateTime ComputedAt { get; private set; }

    /// <summary>How many completed placements the population held.</summary>
    public int Placements { get; private set; }

    public static Snapshot Create(Guid id, string runKey, SnapshotKind kind, string parameters, DateTime computedAt, int placements)
        => new() { Id = id, RunKey = runKey, Kind = kind, Parameters = parameters, ComputedAt = computedAt, Placements = placements };
}

internal enum SnapshotKind
{
    Nightly,
    EndOfYear,
    Report,
    OnDemand,
}

/// <summary>One stored figure of a snapshot (an <see cref="Indicators.IndicatorFigure"/>, unsuppressed).</summary>
internal sealed class SnapshotFigure
{
    public Guid SnapshotId { get; set; }

    public int Ordinal { get; set; }

    public string Indicator { get; set; } = "";

    public string Dimension { get; set; } = "";

    public string Group { get; set; } = "";

    public string? Skill { get; set; }

    public decimal? Numerator { get; set; }

    public int? Denominator { get; set; }

    public decimal? Value { get; set; }
}
