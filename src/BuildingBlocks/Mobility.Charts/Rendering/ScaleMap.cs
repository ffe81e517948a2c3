using Mobility.Charts.Data;

namespace Mobility.Charts.Rendering;

/// <summary>Maps data values on one axis to pixels; <see cref="PixelStart"/> is where <see cref="Range"/>.Min lands.</summary>
internal sealed record ScaleMap(Interval Range, double PixelStart, double PixelEnd)
{
    public double ToPixel(double value) => PixelStart + (value - Range.Min) / Range.Span * (PixelEnd - PixelStart);

    public double PixelsPerUnit => Math.Abs(PixelEnd - PixelStart) / Range.Span;
}
