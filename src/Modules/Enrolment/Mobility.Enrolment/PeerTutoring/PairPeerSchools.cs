using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Consortia;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Organisations;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.PeerTutoring;

internal sealed record PairPeerSchools(
    Guid ConsortiumId,
    Guid TutorSchoolId,
    IReadOnlyList<Guid> NewcomerSchoolIds,
    DateOnly StartsOn,
    DateOnly EndsOn,
    Guid? Id = null) : IRequest<Guid>;

internal sealed class PairPeerSchoolsValidator : AbstractValidator<PairPeerSchools>
{
    public PairPeerSchoolsValidator()
    {
        RuleFor(r => r.ConsortiumId).NotEmpty();
        RuleFor(r => r.TutorSchoolId).NotEmpty();
        RuleFor(r => r.NewcomerSchoolIds).NotNull().Must(ids => ids is { Count: 1 or 2 }).WithErrorCode("TeamSize")
            .WithMessage("A tutor school takes one or two newcomer schools.");
        RuleFor(r => r.NewcomerSchoolIds).Must((r, ids) => ids is null || !ids.Append(r.TutorSchoolId).GroupBy(i => i).Any(g => g.Count() > 1))
            .WithErrorCode("DistinctSchools").WithMessage("The tutor and the newcomers must be different schools.");
        RuleFor(r => r.EndsOn).GreaterThan(r => r.StartsOn);
    }
}

internal sealed class PairPeerSchoolsHandler(EnrolmentDbContext db) : IRequestHandler<PairPeerSchools, Guid>
{
    public async Task<Guid> Handle(PairPeerSchools request, CancellationToken cancellationToken)
    {
        var consortium = await db.Consortia.Include(c => c.Members)
            .SingleOrDefaultAsync(c => c.Id == request.ConsortiumId, cancellationToken)
            ?? throw new NotFoundException(nameof(Consortium), request.ConsortiumId);
        var ids = request.NewcomerSchoolIds.Prepend(request.TutorSchoolId).ToList();
        var schools = await db.Organisations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var missing = ids.FirstOrDefault(id => !schools.ContainsKey(id));
        if (missing != Guid.Empty)
        {
            throw new NotFoundException(nameof(Organisation), missing);
        }

        var alreadyTeamed = await TeamedSchoolsAsync(request.ConsortiumId, cancellationToken);
        var team = TutoringTeam.Pair(
            request.Id ?? Guid.CreateVersion7(), consortium, schools[request.TutorSchoolId],
            request.NewcomerSchoolIds.Select(id => schools[id]).ToList(), request.StartsOn, request.EndsOn, alreadyTeamed);
        db.TutoringTeams.Add(team);
        await db.SaveChangesAsync(cancellationToken);
        return team.Id;
    }

    private async Task<HashSet<Guid>> TeamedSchoolsAsync(Guid consortiumId, CancellationToken cancellationToken)
    {
        var teams = db.TutoringTeams.Where(t => t.ConsortiumId == consortiumId);
        var tutors = await teams.Select(t => t.TutorSchoolId).ToListAsync(cancellationToken);
        var newcomers = await teams.SelectMany(t => t.Newcomers).Select(n => n.SchoolId).ToListAsync(cancellationToken);
        return [.. tutors, .. newcomers];
    }
}

internal sealed class PairPeerSchoolsAuthorizer : IAuthorizer<PairPeerSchools>
{
    public Task AuthorizeAsync(PairPeerSchools request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireCoordinates(request.ConsortiumId, "pair its schools");
        return Task.CompletedTask;
    }
}
