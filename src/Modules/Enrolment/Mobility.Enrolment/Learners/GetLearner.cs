using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.Learners;

internal sealed record GetLearner(Guid Id) : IRequest<Learner>;

internal sealed class GetLearnerValidator : AbstractValidator<GetLearner>
{
    public GetLearnerValidator() => RuleFor(r => r.Id).NotEmpty();
}

internal sealed class GetLearnerHandler(EnrolmentDbContext db, Viewer viewer) : IRequestHandler<GetLearner, Learner>
{
    public async Task<Learner> Handle(GetLearner request, CancellationToken cancellationToken)
        => await db.VisibleLearners(viewer).AsNoTracking().Include(l => l.Languages)
                .SingleOrDefaultAsync(l => l.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Learner), request.Id);
}
