using FluentValidation;
using MediatR;
using Mobility.Documents;

namespace Mobility.Recognition.Europass;

/// <summary>An issued Europass Mobility document as a PDF, headings in the language asked for, for those who may see it.</summary>
internal sealed record RenderEuropassPdf(Guid DocumentId, string Language) : IRequest<byte[]>;

internal sealed class RenderEuropassPdfValidator : AbstractValidator<RenderEuropassPdf>
{
    public RenderEuropassPdfValidator()
    {
        RuleFor(r => r.DocumentId).NotEmpty();
        RuleFor(r => r.Language).NotEmpty().Must(EuropassLabels.IsSupported)
            .WithMessage($"The document's language is one of {string.Join(", ", EuropassLabels.Languages)}.");
    }
}

internal sealed class RenderEuropassPdfHandler(IMediator mediator, IPdfRenderer pdf) : IRequestHandler<RenderEuropassPdf, byte[]>
{
    public async Task<byte[]> Handle(RenderEuropassPdf request, CancellationToken cancellationToken)
    {
        var document = await mediator.Send(new GetEuropassDocument(request.DocumentId), cancellationToken);
        return await pdf.RenderAsync(EuropassHtml.Render(document.Record, request.Language), cancellationToken);
    }
}
