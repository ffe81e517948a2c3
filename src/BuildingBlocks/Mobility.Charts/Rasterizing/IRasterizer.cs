namespace Mobility.Charts.Rasterizing;

/// <summary>Turns SVG markup into PNG bytes. Charts are always drawn as SVG; PNG is a conversion behind this seam.</summary>
public interface IRasterizer
{
    /// <summary>Rasterises <paramref name="svg"/> to a PNG of the given pixel size.</summary>
    /// <param name="svg">A standalone SVG document.</param>
    /// <param name="widthPixels">Output width.</param>
    /// <param name="heightPixels">Output height.</param>
    /// <returns>The PNG bytes.</returns>
    byte[] Rasterize(string svg, int widthPixels, int heightPixels);
}
