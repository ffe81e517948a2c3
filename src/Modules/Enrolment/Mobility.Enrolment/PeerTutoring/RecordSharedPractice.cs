using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.Enrolment.Data;

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
