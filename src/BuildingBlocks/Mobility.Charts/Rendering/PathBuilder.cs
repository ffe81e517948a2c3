using System.Text;

namespace Mobility.Charts.Rendering;

/// <summary>Builds SVG path data with the same fixed number formatting as every other coordinate.</summary>
internal sealed class PathBuilder
{
    private readonly StringBuilder _sb = new();

    public PathBuilder MoveTo(Point2 p) => Command('M', p);

    public PathBuilder LineTo(Point2 p) => Command('L', p);

    public PathBuilder ArcTo(double radius, bool largeArc, bool clockwise, Point2 end)
    {
        _sb.Append('A');
        SvgNumber.Append(_sb, radius);
        _sb.Append(' ');
        SvgNumber.Append(_sb, radius);
        _sb.Append(largeArc ? " 0 1 " : " 0 0 ").Append(clockwise ? "1 " : "0 ");
        SvgNumber.Append(_sb, end.X);
        _sb.Append(' ');
        SvgNumber.Append(_sb, end.Y);
        return this;
    }

    public PathBuilder Close()
    {
        _sb.Append('Z');
        return this;
    }

    public override string ToString() => _sb.ToString();

    private PathBuilder Command(char command, Point2 p)
    {
        _sb.Append(command);
        SvgNumber.Append(_sb, p.X);
        _sb.Append(' ');
        SvgNumber.Append(_sb, p.Y);
        return this;
    }
}
