using MediatR;
using Mobility.GraphQL;
using Mobility.Recognition.Europass;
using Mobility.Recognition.Web;

namespace Mobility.Recognition.GraphQL;

/// <summary>An issued Europass Mobility document: readable as HTML in English, French, Spanish or German, and as European Learning Model JSON.</summary>
[GraphQLName("EuropassMobilityDocument")]
[Authorize]
internal sealed record EuropassDocumentType(
    Guid Id, [property: ID("Placement")] Guid PlacementId, string Number, DateTimeOffset IssuedAt, string IssuedBy, [property: GraphQLIgnore] string Content)
{
    public static EuropassDocumentType From(EuropassDocument d)
        => new(d.Id, d.PlacementId, d.Number, PlacementRecognitionType.Utc(d.IssuedAt)!.Value, d.IssuedBy, d.Content);

    /// <summary>The document as a printable HTML page.</summary>
    /// <param name="language">en, fr, es or de; headings are in this language, what people wrote stays as written.</param>
    public string Html(string? language) => EuropassHtml.Render(EuropassJson.ReadRecord(Content), language ?? "en");

    /// <summary>The document as a PDF (A4), base64-encoded.</summary>
    /// <param name="language">en, fr, es or de.</param>
    /// <param name="mediator">Sends the use case.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away.</param>
    public async Task<string> GetPdfBase64Async(string? language, IMediator mediator, CancellationToken cancellationToken)
        => Convert.ToBase64String(await mediator.Send(new RenderEuropassPdf(Id, language ?? "en"), cancellationToken));

    /// <summary>
    /// Where a signed-in person downloads the document as a file (session cookie or API token), relative to the
    /// platform's address, e.g. <c>/europass/{id}.pdf?lang=fr</c>.
    /// </summary>
    /// <param name="format">PDF (the default), HTML, or JSON (European Learning Model).</param>
    /// <param name="language">en, fr, es or de; JSON carries every language.</param>
    public string DownloadUrl(EuropassDownloadFormat? format, string? language)
        => EuropassEndpoints.DownloadPath(Id, (format ?? EuropassDownloadFormat.Pdf).ToString().ToLowerInvariant(), language ?? "en");

    /// <summary>The document as an unsigned European Learning Model (ELM v3) credential in JSON-LD.</summary>
    public string Elm() => EuropassJson.ToElm(EuropassJson.ReadRecord(Content), Id);
}

/// <summary>The file formats a Europass Mobility document downloads as.</summary>
internal enum EuropassDownloadFormat
{
    /// <summary>A4 PDF, for people.</summary>
    Pdf,

    /// <summary>A printable HTML page.</summary>
    Html,

    /// <summary>European Learning Model (ELM v3) JSON-LD.</summary>
    Json,
}
