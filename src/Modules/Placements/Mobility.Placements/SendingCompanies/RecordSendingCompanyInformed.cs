using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Placements.Data;
using Mobility.Placements.Scoping;

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

internal sealed class RecordSendingCompanyInformedAuthorizer(PlacementsDbContext db, IEnrolmentDirectory enrolment) : IAuthorizer<RecordSendingCompanyInformed>
{
    public async Task AuthorizeAsync(RecordSendingCompanyInformed request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var learner = await db.SendingCompanies.Where(c => c.Id == request.SendingCompanyId).Select(c => (Guid?)c.LearnerId).SingleOrDefaultAsync(cancellationToken);
        await enrolment.RequireManagesLearnerAsync(viewer, learner ?? Guid.Empty, "record that their employer was informed", cancellationToken);
    }
}
