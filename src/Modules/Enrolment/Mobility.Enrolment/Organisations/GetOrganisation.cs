using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.Organisations;

internal sealed record GetOrganisation(Guid Id) : IRequest<Organisation>;

internal sealed class GetOrganisationValidator : AbstractValidator<GetOrganisation>
{
    public GetOrganisationValidator() => RuleFor(r => r.Id).NotEmpty();
}

internal sealed class GetOrganisationHandler(EnrolmentDbContext db, Viewer viewer) : IRequestHandler<GetOrganisation, Organisation>
{
    public async Task<Organisation> Handle(GetOrganisation request, CancellationToken cancellationToken)
        => await db.VisibleOrganisations(viewer).AsNoTracking().SingleOrDefaultAsync(o => o.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Organisation), request.Id);
}
