namespace Mobility.GraphQL.GraphiQL;

internal static class ContentTypes
{
    public const string Html = "text/html; charset=utf-8";

    public static string For(string fileName) => Path.GetExtension(fileName).ToUpperInvariant() switch
    {
        ".JS" => "text/javascript; charset=utf-8",
        ".CSS" => "text/css; charset=utf-8",
        ".TTF" => "font/ttf",
        ".WOFF2" => "font/woff2",
        ".SVG" => "image/svg+xml",
        ".HTML" => Html,
        _ => "application/octet-stream",
    };
}
