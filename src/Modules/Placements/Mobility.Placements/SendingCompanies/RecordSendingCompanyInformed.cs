using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Domain;
using Mobility.Placements.Data;

namespace Mobility.Placements.SendingCompanies;

internal sealed record RecordSendingCompanyInformed(Guid SendingCompanyId, DateOnly InformedOn) : IRequest<Unit>;

internal sealed class RecordSendingCompanyInformedValidator : AbstractValidator<RecordSendingCompanyInformed>
{
    public RecordSendingCompanyInformedValidator() => RuleFor(r => r.SendingCompanyId).NotEmpty();
}

internal sealed class RecordSendingCompanyInformedHandler(PlacementsDbContext db, TimeProvider clock)
    : IRequestHandler<RecordSendingCompanyInformed, Unit>
{
    public async Task<Unit> Handle(RecordSendingCompanyInformed request, CancellationToken cancellationToken)
    {
        var company = await db.SendingCompanies.FindAsync([request.SendingCompanyId], cancellationToken)
            ?? throw new NotFoundException(nameof(SendingCompany), request.SendingCompanyId);
        company.RecordInformed(request.InformedOn, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
