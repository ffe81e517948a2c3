using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;

namespace Mobility.GraphQL.GraphiQL;

/// <summary>The GraphiQL files that the build embedded under <c>GraphiQL/</c> (see GraphiQL.targets).</summary>
internal sealed class GraphiQLAssets
{
    private const string Prefix = "GraphiQL/";
    private const string TemplateFile = "index.html";

    private static readonly Lazy<GraphiQLAssets> LazyShared = new(() => Load(typeof(GraphiQLAssets).Assembly));

    private readonly Assembly _assembly;

    private GraphiQLAssets(Assembly assembly, FrozenDictionary<string, GraphiQLAsset> files, string template)
    {
        _assembly = assembly;
        Files = files;
        Template = template;
    }

    /// <summary>The catalogue of this assembly, hashed once on first use.</summary>
    public static GraphiQLAssets Shared => LazyShared.Value;

    /// <summary>The servable files by name (content-hashed names such as <c>app-XXXXXXXX.js</c>).</summary>
    public FrozenDictionary<string, GraphiQLAsset> Files { get; }

    /// <summary>The page template with <c>{{title}}</c>, <c>{{assetBase}}</c> and <c>{{endpoint}}</c> still to fill.</summary>
    public string Template { get; }

    public Stream Open(GraphiQLAsset asset) =>
        _assembly.GetManifestResourceStream(asset.ResourceName)
        ?? throw new InvalidOperationException($"The resource {asset.ResourceName} is missing.");

    private static GraphiQLAssets Load(Assembly assembly)
    {
        var files = new Dictionary<string, GraphiQLAsset>(StringComparer.Ordinal);
        string? template = null;
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            var name = resource[Prefix.Length..];
            if (name == TemplateFile)
            {
                using var reader = new StreamReader(stream);
                template = reader.ReadToEnd();
                continue;
            }

            files[name] = new GraphiQLAsset(resource, stream.Length, ContentTypes.For(name), ETags.Of(SHA256.HashData(stream)));
        }

        return new GraphiQLAssets(
            assembly,
            files.ToFrozenDictionary(StringComparer.Ordinal),
            template ?? throw new InvalidOperationException($"The GraphiQL page template is missing from {assembly.GetName().Name}."));
    }
}
