namespace Mobility.Charts.Ticks;

/// <summary>A labelled position on an axis, in data units.</summary>
internal readonly record struct Tick(double Position, string Label);
