namespace Mobility.Charts.Gallery;

/// <summary>One gallery entry: a file name, a caption and how to render the chart as SVG and as PNG.</summary>
internal sealed record Sample(string Name, string Title, Func<int, int, string> Svg, Action<string, int, int> Png, int Width = 640, int Height = 400)
{
    public static Sample Of(string name, string title, Func<Plot> build, int width = 640, int height = 400) =>
        new(name, title, (w, h) => build().GetSvgXml(w, h), (path, w, h) => build().SavePng(path, w, h), width, height);

    public static Sample Of(string name, string title, Func<Multiplot> build, int width = 640, int height = 400) =>
        new(name, title, (w, h) => build().GetSvgXml(w, h), (path, w, h) => build().SavePng(path, w, h), width, height);
}
