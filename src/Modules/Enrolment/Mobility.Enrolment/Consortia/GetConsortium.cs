using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.Consortia;

internal sealed record GetConsortium(Guid Id) : IRequest<Consortium>;

internal sealed class GetConsortiumValidator : AbstractValidator<GetConsortium>
{
    public GetConsortiumValidator() => RuleFor(r => r.Id).NotEmpty();
}

internal sealed class GetConsortiumHandler(EnrolmentDbContext db, Viewer viewer) : IRequestHandler<GetConsortium, Consortium>
{
    public async Task<Consortium> Handle(GetConsortium request, CancellationToken cancellationToken)
        => await db.VisibleConsortia(viewer).AsNoTracking().Include(c => c.Members)
                .SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Consortium), request.Id);
}
