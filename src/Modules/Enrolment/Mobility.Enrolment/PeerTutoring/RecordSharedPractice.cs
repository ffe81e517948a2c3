using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.PeerTutoring;

internal sealed record RecordSharedPractice(Guid TutoringTeamId, DateOnly NotedOn, string Note) : IRequest<Guid>;

internal sealed class RecordSharedPracticeValidator : AbstractValidator<RecordSharedPractice>
{
    public RecordSharedPracticeValidator()
    {
        RuleFor(r => r.TutoringTeamId).NotEmpty();
        RuleFor(r => r.Note).NotEmpty().MaximumLength(SharedPractice.NoteMaxLength);
    }
}

internal sealed class RecordSharedPracticeHandler(EnrolmentDbContext db) : IRequestHandler<RecordSharedPractice, Guid>
{
    public async Task<Guid> Handle(RecordSharedPractice request, CancellationToken cancellationToken)
    {
        var team = await db.TutoringTeams.Include(t => t.SharedPractices)
            .SingleOrDefaultAsync(t => t.Id == request.TutoringTeamId, cancellationToken)
            ?? throw new NotFoundException(nameof(TutoringTeam), request.TutoringTeamId);
        var practice = team.RecordSharedPractice(Guid.CreateVersion7(), request.NotedOn, request.Note);
        await db.SaveChangesAsync(cancellationToken);
        return practice.Id;
    }
}

/// <summary>The team's consortium coordinators, or the staff of its tutor school.</summary>
internal sealed class RecordSharedPracticeAuthorizer(EnrolmentDbContext db) : IAuthorizer<RecordSharedPractice>
{
    public async Task AuthorizeAsync(RecordSharedPractice request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        var team = await db.TutoringTeams.Where(t => t.Id == request.TutoringTeamId)
            .Select(t => new { t.ConsortiumId, t.TutorSchoolId }).SingleOrDefaultAsync(cancellationToken);
        if (team is not null && viewer.IsIn(PlatformRole.SchoolStaff) && viewer.SeesOrganisation(team.TutorSchoolId))
        {
            return;
        }

        viewer.RequireCoordinates(team?.ConsortiumId, "record the shared practice of this tutoring team");
    }
}
