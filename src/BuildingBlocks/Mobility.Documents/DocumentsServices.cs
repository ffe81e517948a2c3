using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mobility.Documents;

/// <summary>Registration of the document services.</summary>
public static class DocumentsServices
{
    /// <summary>Registers <see cref="IPdfRenderer"/> (headless Chromium), configured from the <c>Documents</c> section.</summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DocumentsOptions>().Bind(configuration.GetSection("Documents"));
        services.TryAddSingleton<IPdfRenderer, ChromiumPdfRenderer>();
        return services;
    }
}
