using Mobility.BuildingBlocks.Security;

namespace Mobility.TestKit;

/// <summary>The viewer of the code running now: <see cref="Viewer.System"/> unless a test says who acts.</summary>
public sealed class TestViewerSource : IViewerSource
{
    private static readonly AsyncLocal<Viewer?> Acting = new();

    public Viewer Current => Acting.Value ?? Viewer.System;

    /// <summary>Acts as <paramref name="viewer"/> until the returned scope is disposed.</summary>
    public static IDisposable Use(Viewer viewer)
    {
        var previous = Acting.Value;
        Acting.Value = viewer;
        return new Restore(previous);
    }

    private sealed class Restore(Viewer? previous) : IDisposable
    {
        public void Dispose() => Acting.Value = previous;
    }
}
