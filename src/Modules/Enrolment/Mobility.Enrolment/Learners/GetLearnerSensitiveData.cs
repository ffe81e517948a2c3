using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.Enrolment.Data;

namespace Mobility.Enrolment.Learners;

/// <summary>The only way sensitive flags are read; null when none were recorded.</summary>
internal sealed record GetLearnerSensitiveData(Guid LearnerId) : IRequest<LearnerSensitiveData?>;

internal sealed class GetLearnerSensitiveDataValidator : AbstractValidator<GetLearnerSensitiveData>
{
    public GetLearnerSensitiveDataValidator() => RuleFor(r => r.LearnerId).NotEmpty();
}

internal sealed class GetLearnerSensitiveDataHandler(EnrolmentDbContext db)
    : IRequestHandler<GetLearnerSensitiveData, LearnerSensitiveData?>
{
    public async Task<LearnerSensitiveData?> Handle(GetLearnerSensitiveData request, CancellationToken cancellationToken)
        => await db.LearnerSensitiveData.AsNoTracking().SingleOrDefaultAsync(s => s.LearnerId == request.LearnerId, cancellationToken);
}
