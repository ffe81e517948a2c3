using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Data;

namespace Mobility.Placements.OpenData;

/// <summary>Imports an Erasmus+ mobility open-data CSV file; rows already imported are recognised and left alone.</summary>
internal sealed record ImportOpenData(string FilePath, int BatchSize = 2000) : IRequest<OpenDataImportReport>;

internal sealed class ImportOpenDataValidator : AbstractValidator<ImportOpenData>
{
    public ImportOpenDataValidator()
    {
        RuleFor(r => r.FilePath).NotEmpty();
        RuleFor(r => r.BatchSize).InclusiveBetween(1, 10_000);
    }
}

internal sealed class ImportOpenDataHandler(PlacementsDbContext db) : IRequestHandler<ImportOpenData, OpenDataImportReport>
{
    public async Task<OpenDataImportReport> Handle(ImportOpenData request, CancellationToken cancellationToken)
    {
        var file = OpenDataFile.Read(request.FilePath, cancellationToken);
        var present = await OpenDataLookups.ExistingMobilityKeysAsync(db, file.Rows.Select(r => r.NaturalKey), cancellationToken);
        var fresh = file.Rows.Where(r => !present.Contains(r.NaturalKey)).ToList();

        // Every write below is in this one transaction: a failure or a cancellation leaves the database as it was.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (organisationIds, organisationsAdded) = await OpenDataLookups.SaveOrganisationsAsync(db, fresh, cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var batch in fresh.Chunk(request.BatchSize))
        {
            foreach (var row in batch)
            {
                var participant = OpenDataParticipant.Create(row);
                db.Add(participant);
                db.Add(OpenDataMobility.Create(
                    row, organisationIds[row.Sending.NaturalKey], organisationIds[row.Receiving.NaturalKey], participant.Id));
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(cancellationToken);
        return new OpenDataImportReport(
            file.RowsRead, fresh.Count, file.Rows.Count - fresh.Count, file.Rejected, organisationsAdded, fresh.Count);
    }
}

internal sealed class ImportOpenDataAuthorizer : IAuthorizer<ImportOpenData>
{
    public Task AuthorizeAsync(ImportOpenData request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        Access.Require(viewer.IsSystem, "Open-data files are imported from the platform's command line only.");
        return Task.CompletedTask;
    }
}
