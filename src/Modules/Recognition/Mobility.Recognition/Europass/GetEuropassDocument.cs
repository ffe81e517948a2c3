using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Recognition.Data;
using Mobility.Recognition.Recognitions;

namespace Mobility.Recognition.Europass;

/// <summary>An issued Europass Mobility document, for those who may see the placement's recognition.</summary>
internal sealed record GetEuropassDocument(Guid DocumentId) : IRequest<EuropassDocument>;

internal sealed class GetEuropassDocumentValidator : AbstractValidator<GetEuropassDocument>
{
    public GetEuropassDocumentValidator() => RuleFor(r => r.DocumentId).NotEmpty();
}

internal sealed class GetEuropassDocumentHandler(RecognitionDbContext db, Viewer viewer) : IRequestHandler<GetEuropassDocument, EuropassDocument>
{
    public async Task<EuropassDocument> Handle(GetEuropassDocument request, CancellationToken cancellationToken)
    {
        var document = await db.EuropassDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == request.DocumentId, cancellationToken)
            ?? throw new NotFoundException("Europass Mobility document", request.DocumentId);
        var visible = await db.PlacementRecognitions.AsNoTracking().VisibleTo(viewer).AnyAsync(r => r.Id == document.PlacementRecognitionId, cancellationToken);
        return visible ? document : throw new NotFoundException("Europass Mobility document", request.DocumentId);
    }
}

/// <summary>The Europass Mobility documents issued for a placement, newest first.</summary>
internal sealed record ListEuropassDocuments(Guid PlacementId) : IRequest<IReadOnlyList<EuropassDocument>>;

internal sealed class ListEuropassDocumentsHandler(RecognitionDbContext db, Viewer viewer) : IRequestHandler<ListEuropassDocuments, IReadOnlyList<EuropassDocument>>
{
    public async Task<IReadOnlyList<EuropassDocument>> Handle(ListEuropassDocuments request, CancellationToken cancellationToken)
    {
        var visible = db.PlacementRecognitions.AsNoTracking().VisibleTo(viewer).Where(r => r.PlacementId == request.PlacementId).Select(r => r.Id);
        return await db.EuropassDocuments.AsNoTracking().Where(d => visible.Contains(d.PlacementRecognitionId))
            .OrderByDescending(d => d.IssuedAt).ToListAsync(cancellationToken);
    }
}
