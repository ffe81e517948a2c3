using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.Learners;

/// <summary>The learners of one school, by name. Sensitive flags are never part of a listing.</summary>
internal sealed record ListLearners(Guid OrganisationId) : IRequest<IReadOnlyList<Learner>>;

internal sealed class ListLearnersValidator : AbstractValidator<ListLearners>
{
    public ListLearnersValidator() => RuleFor(r => r.OrganisationId).NotEmpty();
}

internal sealed class ListLearnersHandler(EnrolmentDbContext db, Viewer viewer) : IRequestHandler<ListLearners, IReadOnlyList<Learner>>
{
    public async Task<IReadOnlyList<Learner>> Handle(ListLearners request, CancellationToken cancellationToken)
        => await db.VisibleLearners(viewer).AsNoTracking().Include(l => l.Languages)
            .Where(l => l.SchoolId == request.OrganisationId)
            .OrderBy(l => l.LastName).ThenBy(l => l.FirstName).ThenBy(l => l.Id)
            .ToListAsync(cancellationToken);
}
