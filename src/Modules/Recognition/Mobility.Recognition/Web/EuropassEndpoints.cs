using System.Globalization;
using System.Text;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Domain;
using Mobility.Recognition.Europass;

namespace Mobility.Recognition.Web;

/// <summary>
/// An issued Europass Mobility document as a file to download: <c>GET /europass/{documentId}.pdf?lang=fr</c>, and the
/// same as <c>.html</c> or as European Learning Model <c>.json</c>. Signed-in users only (session cookie or API token);
/// the document is shown to whoever sees the placement's recognition (the learner, their school's staff, their
/// consortium's coordinators, the host tutor) and is "not found" to anyone else, so its existence is not revealed.
/// </summary>
internal static class EuropassEndpoints
{
    public const string BasePath = "/europass";

    /// <summary>The download's address, relative to the platform's root.</summary>
    public static string DownloadPath(Guid documentId, string format, string language)
        => $"{BasePath}/{documentId}.{format}?lang={Uri.EscapeDataString(language)}";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(BasePath + "/{documentId:guid}.pdf", PdfAsync).RequireAuthorization();
        endpoints.MapGet(BasePath + "/{documentId:guid}.html", HtmlAsync).RequireAuthorization();
        endpoints.MapGet(BasePath + "/{documentId:guid}.json", JsonAsync).RequireAuthorization();
    }

    private static Task<IResult> PdfAsync(Guid documentId, string? lang, IServiceScopeFactory scopes, CancellationToken cancellationToken)
        => DownloadAsync(documentId, lang, scopes, "pdf", async (mediator, document, language) => Results.File(
            await mediator.Send(new RenderEuropassPdf(document.Id, language), cancellationToken), "application/pdf", FileName(document, language, "pdf")),
            cancellationToken);

    private static Task<IResult> HtmlAsync(Guid documentId, string? lang, IServiceScopeFactory scopes, CancellationToken cancellationToken)
        => DownloadAsync(documentId, lang, scopes, "html", (_, document, language) => Task.FromResult(Results.File(
            Encoding.UTF8.GetBytes(EuropassHtml.Render(document.Record, language)), "text/html; charset=utf-8", FileName(document, language, "html"))),
            cancellationToken);

    private static Task<IResult> JsonAsync(Guid documentId, string? lang, IServiceScopeFactory scopes, CancellationToken cancellationToken)
        => DownloadAsync(documentId, lang, scopes, "json", (_, document, _) => Task.FromResult(Results.File(
            Encoding.UTF8.GetBytes(EuropassJson.ToElm(document.Record, document.Id)), "application/ld+json", FileName(document, null, "json"))),
            cancellationToken);

    private static async Task<IResult> DownloadAsync(
        Guid documentId, string? lang, IServiceScopeFactory scopes, string format, Func<IMediator, EuropassDocument, string, Task<IResult>> file,
        CancellationToken cancellationToken)
    {
        var language = string.IsNullOrWhiteSpace(lang) ? "en" : lang.Trim().ToLowerInvariant();
        if (!EuropassLabels.IsSupported(language))
        {
            return Results.Problem(
                $"The document's language (lang) is one of {string.Join(", ", EuropassLabels.Languages)}, not \"{lang}\".",
                statusCode: StatusCodes.Status400BadRequest, title: "Unsupported language");
        }

        // A scope of its own, as GraphQL's resolvers have: the request's scope may hold the Viewer it resolved while
        // authenticating the token (anonymous then); this one reads the signed-in user.
        await using var scope = scopes.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        try
        {
            // Scoped by the viewer: someone who may not see the document gets NotFoundException, as for a wrong id.
            var document = await mediator.Send(new GetEuropassDocument(documentId), cancellationToken);
            return await file(mediator, document, language);
        }
        catch (NotFoundException)
        {
            return Results.Problem($"There is no Europass Mobility document {documentId} you may read as {format}.",
                statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }
    }

    /// <summary>A readable, ASCII file name: <c>europass-mobility-camille-martin-EM-2027-3F2A9C01-fr.pdf</c>.</summary>
    internal static string FileName(EuropassDocument document, string? language, string extension)
    {
        var holder = document.Record.Holder;
        var name = Slug($"{holder.FirstName} {holder.LastName}");
        var suffix = language is null ? "" : "-" + language;
        return $"europass-mobility-{(name.Length > 0 ? name + "-" : "")}{document.Number}{suffix}.{extension}";
    }

    private static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}
