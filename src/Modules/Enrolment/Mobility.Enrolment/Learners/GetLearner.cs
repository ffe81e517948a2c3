using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.Enrolment.Data;

namespace Mobility.Enrolment.Learners;

internal sealed record GetLearner(Guid Id) : IRequest<Learner>;

internal sealed class GetLearnerValidator : AbstractValidator<GetLearner>
{
    public GetLearnerValidator() => RuleFor(r => r.Id).NotEmpty();
}

internal sealed class GetLearnerHandler(EnrolmentDbContext db) : IRequestHandler<GetLearner, Learner>
{
    public async Task<Learner> Handle(GetLearner request, CancellationToken cancellationToken)
        => await db.Learners.AsNoTracking().Include(l => l.Languages)
                .SingleOrDefaultAsync(l => l.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Learner), request.Id);
}
