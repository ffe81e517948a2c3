using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.Enrolment.Data;

namespace Mobility.Enrolment.PeerTutoring;

internal sealed record ListTutoringTeams(Guid ConsortiumId) : IRequest<IReadOnlyList<TutoringTeam>>;

internal sealed class ListTutoringTeamsValidator : AbstractValidator<ListTutoringTeams>
{
    public ListTutoringTeamsValidator() => RuleFor(r => r.ConsortiumId).NotEmpty();
}

internal sealed class ListTutoringTeamsHandler(EnrolmentDbContext db) : IRequestHandler<ListTutoringTeams, IReadOnlyList<TutoringTeam>>
{
    public async Task<IReadOnlyList<TutoringTeam>> Handle(ListTutoringTeams request, CancellationToken cancellationToken)
        => await db.TutoringTeams.AsNoTracking()
            .Include(t => t.Newcomers)
            .Include(t => t.SharedPractices.OrderBy(p => p.NotedOn))
            .AsSplitQuery()
            .Where(t => t.ConsortiumId == request.ConsortiumId)
            .OrderBy(t => t.StartsOn).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
}
