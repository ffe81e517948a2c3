using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Placements.Data;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.SendingCompanies;

internal sealed record RecordSendingCompanyAgreement(Guid SendingCompanyId, bool Agreed, DateOnly DecidedOn, string? Note = null)
    : IRequest<Unit>;

internal sealed class RecordSendingCompanyAgreementValidator : AbstractValidator<RecordSendingCompanyAgreement>
{
    public RecordSendingCompanyAgreementValidator()
    {
        RuleFor(r => r.SendingCompanyId).NotEmpty();
        RuleFor(r => r.Note).MaximumLength(1000);
    }
}

internal sealed class RecordSendingCompanyAgreementHandler(PlacementsDbContext db, TimeProvider clock)
    : IRequestHandler<RecordSendingCompanyAgreement, Unit>
{
    public async Task<Unit> Handle(RecordSendingCompanyAgreement request, CancellationToken cancellationToken)
    {
        var company = await db.SendingCompanies.FindAsync([request.SendingCompanyId], cancellationToken)
            ?? throw new NotFoundException(nameof(SendingCompany), request.SendingCompanyId);
        company.RecordAgreement(request.Agreed, request.DecidedOn, request.Note, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class RecordSendingCompanyAgreementAuthorizer(PlacementsDbContext db, IEnrolmentDirectory enrolment) : IAuthorizer<RecordSendingCompanyAgreement>
{
    public async Task AuthorizeAsync(RecordSendingCompanyAgreement request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var learner = await db.SendingCompanies.Where(c => c.Id == request.SendingCompanyId).Select(c => (Guid?)c.LearnerId).SingleOrDefaultAsync(cancellationToken);
        await enrolment.RequireManagesLearnerAsync(viewer, learner ?? Guid.Empty, "record their employer's agreement", cancellationToken);
    }
}
