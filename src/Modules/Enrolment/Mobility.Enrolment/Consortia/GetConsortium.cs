using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.Enrolment.Data;

namespace Mobility.Enrolment.Consortia;

internal sealed record GetConsortium(Guid Id) : IRequest<Consortium>;

internal sealed class GetConsortiumValidator : AbstractValidator<GetConsortium>
{
    public GetConsortiumValidator() => RuleFor(r => r.Id).NotEmpty();
}

internal sealed class GetConsortiumHandler(EnrolmentDbContext db) : IRequestHandler<GetConsortium, Consortium>
{
    public async Task<Consortium> Handle(GetConsortium request, CancellationToken cancellationToken)
        => await db.Consortia.AsNoTracking().Include(c => c.Members)
                .SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Consortium), request.Id);
}
