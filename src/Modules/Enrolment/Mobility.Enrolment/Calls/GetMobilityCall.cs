using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.Calls;

internal sealed record GetMobilityCall(Guid Id) : IRequest<MobilityCall>;

internal sealed class GetMobilityCallValidator : AbstractValidator<GetMobilityCall>
{
    public GetMobilityCallValidator() => RuleFor(r => r.Id).NotEmpty();
}

internal sealed class GetMobilityCallHandler(EnrolmentDbContext db, Viewer viewer) : IRequestHandler<GetMobilityCall, MobilityCall>
{
    public async Task<MobilityCall> Handle(GetMobilityCall request, CancellationToken cancellationToken)
        => await db.VisibleCalls(viewer).AsNoTracking().Include(c => c.Criteria)
                .SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(MobilityCall), request.Id);
}
