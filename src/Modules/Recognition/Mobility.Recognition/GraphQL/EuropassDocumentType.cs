using MediatR;
using Mobility.GraphQL;
using Mobility.Recognition.Europass;

namespace Mobility.Recognition.GraphQL;

/// <summary>An issued Europass Mobility document: readable as HTML in English, French, Spanish or German, and as European Learning Model JSON.</summary>
[GraphQLName("EuropassMobilityDocument")]
[Authorize]
internal sealed record EuropassDocumentType(
    Guid Id, Guid PlacementId, string Number, DateTimeOffset IssuedAt, string IssuedBy, [property: GraphQLIgnore] string Content)
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

    /// <summary>The document as an unsigned European Learning Model (ELM v3) credential in JSON-LD.</summary>
    public string Elm() => EuropassJson.ToElm(EuropassJson.ReadRecord(Content), Id);
}
