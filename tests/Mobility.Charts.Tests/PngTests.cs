using System.Buffers.Binary;
using Mobility.Charts.Rasterizing;

namespace Mobility.Charts.Tests;

public class PngTests
{
    [Theory]
    [InlineData(1, 400, 300)]
    [InlineData(2, 800, 600)]
    public void Rsvg_convert_produces_a_png_of_the_requested_size(double scale, int width, int height)
    {
        var png = TestCharts.GroupedBars().GetPngBytes(400, 300, scale);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public void A_custom_rasterizer_receives_the_same_svg_as_get_svg_xml()
    {
        var plot = TestCharts.Bars();
        var fake = new RecordingRasterizer();

        var png = plot.GetPngBytes(300, 200, 2, fake);

        Assert.Equal(plot.GetSvgXml(300, 200), fake.Svg);
        Assert.Equal((600, 400), fake.Size);
        Assert.Equal(RecordingRasterizer.Bytes, png);
    }

    [Fact]
    public void A_missing_rsvg_convert_fails_with_an_installation_hint()
    {
        var rasterizer = new RsvgConvertRasterizer("rsvg-convert-that-does-not-exist");

        var error = Assert.Throws<InvalidOperationException>(() => TestCharts.Bars().GetPngBytes(100, 100, rasterizer: rasterizer));

        Assert.Contains("librsvg2-bin", error.Message, StringComparison.Ordinal);
    }

    private sealed class RecordingRasterizer : IRasterizer
    {
        public static readonly byte[] Bytes = [1, 2, 3];

        public string? Svg { get; private set; }

        public (int, int) Size { get; private set; }

        public byte[] Rasterize(string svg, int widthPixels, int heightPixels)
        {
            (Svg, Size) = (svg, (widthPixels, heightPixels));
            return Bytes;
        }
    }
}
