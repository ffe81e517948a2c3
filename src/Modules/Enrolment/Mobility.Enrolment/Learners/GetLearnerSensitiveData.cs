using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.Learners;

/// <summary>The only way sensitive flags are read; null when none were recorded.</summary>
internal sealed record GetLearnerSensitiveData(Guid LearnerId) : IRequest<LearnerSensitiveData?>;

internal sealed class GetLearnerSensitiveDataValidator : AbstractValidator<GetLearnerSensitiveData>
{
    public GetLearnerSensitiveDataValidator() => RuleFor(r => r.LearnerId).NotEmpty();
}

internal sealed class GetLearnerSensitiveDataHandler(EnrolmentDbContext db, Viewer viewer)
    : IRequestHandler<GetLearnerSensitiveData, LearnerSensitiveData?>
{
    public async Task<LearnerSensitiveData?> Handle(GetLearnerSensitiveData request, CancellationToken cancellationToken)
        {
        // Flags protected under the GDPR: only the platform and the coordinators and staff of the learner's school.
        var learners = db.VisibleLearners(viewer).Where(l => viewer.IsSystem || viewer.SeesOrganisations).Select(l => l.Id);
        return await db.LearnerSensitiveData.AsNoTracking()
            .SingleOrDefaultAsync(s => s.LearnerId == request.LearnerId && learners.Contains(s.LearnerId), cancellationToken);
    }
}
