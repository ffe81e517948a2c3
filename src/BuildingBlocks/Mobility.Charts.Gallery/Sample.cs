namespace Mobility.Charts.Gallery;

/// <summary>One gallery entry: a file name, a caption and how to build the chart.</summary>
internal sealed record Sample(string Name, string Title, Func<Plot> Build, int Width = 640, int Height = 400);
