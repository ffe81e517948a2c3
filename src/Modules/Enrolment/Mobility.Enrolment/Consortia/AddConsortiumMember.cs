using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Organisations;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.Consortia;

internal sealed record AddConsortiumMember(Guid ConsortiumId, Guid OrganisationId, DateOnly JoinedOn) : IRequest<Unit>;

internal sealed class AddConsortiumMemberValidator : AbstractValidator<AddConsortiumMember>
{
    public AddConsortiumMemberValidator()
    {
        RuleFor(r => r.ConsortiumId).NotEmpty();
        RuleFor(r => r.OrganisationId).NotEmpty();
    }
}

internal sealed class AddConsortiumMemberHandler(EnrolmentDbContext db) : IRequestHandler<AddConsortiumMember, Unit>
{
    public async Task<Unit> Handle(AddConsortiumMember request, CancellationToken cancellationToken)
    {
        var consortium = await db.Consortia.Include(c => c.Members)
            .SingleOrDefaultAsync(c => c.Id == request.ConsortiumId, cancellationToken)
            ?? throw new NotFoundException(nameof(Consortium), request.ConsortiumId);
        var organisation = await db.Organisations.FindAsync([request.OrganisationId], cancellationToken)
            ?? throw new NotFoundException(nameof(Organisation), request.OrganisationId);
        consortium.AddMember(organisation, request.JoinedOn);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class AddConsortiumMemberAuthorizer : IAuthorizer<AddConsortiumMember>
{
    public Task AuthorizeAsync(AddConsortiumMember request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireCoordinates(request.ConsortiumId, "add members to it");
        return Task.CompletedTask;
    }
}
