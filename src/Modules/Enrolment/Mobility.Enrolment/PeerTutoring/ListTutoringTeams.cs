using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.PeerTutoring;

internal sealed record ListTutoringTeams(Guid ConsortiumId) : IRequest<IReadOnlyList<TutoringTeam>>;

internal sealed class ListTutoringTeamsValidator : AbstractValidator<ListTutoringTeams>
{
    public ListTutoringTeamsValidator() => RuleFor(r => r.ConsortiumId).NotEmpty();
}

internal sealed class ListTutoringTeamsHandler(EnrolmentDbContext db, Viewer viewer) : IRequestHandler<ListTutoringTeams, IReadOnlyList<TutoringTeam>>
{
    public async Task<IReadOnlyList<TutoringTeam>> Handle(ListTutoringTeams request, CancellationToken cancellationToken)
        => await db.TutoringTeams.AsNoTracking()
            .Include(t => t.Newcomers)
            .Include(t => t.SharedPractices.OrderBy(p => p.NotedOn))
            .AsSplitQuery()
            .Where(t => t.ConsortiumId == request.ConsortiumId && db.VisibleConsortia(viewer).Any(c => c.Id == t.ConsortiumId))
            .OrderBy(t => t.StartsOn).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
}
