using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.Calls;

/// <summary>Every status an application went through, oldest first.</summary>
internal sealed record GetApplicationHistory(Guid ApplicationId) : IRequest<IReadOnlyList<ApplicationStatusChange>>;

internal sealed class GetApplicationHistoryValidator : AbstractValidator<GetApplicationHistory>
{
    public GetApplicationHistoryValidator() => RuleFor(r => r.ApplicationId).NotEmpty();
}

internal sealed class GetApplicationHistoryHandler(EnrolmentDbContext db, Viewer viewer)
    : IRequestHandler<GetApplicationHistory, IReadOnlyList<ApplicationStatusChange>>
{
    public async Task<IReadOnlyList<ApplicationStatusChange>> Handle(GetApplicationHistory request, CancellationToken cancellationToken)
    {
        if (!await db.VisibleApplications(viewer).AnyAsync(a => a.Id == request.ApplicationId, cancellationToken))
        {
            throw new NotFoundException(nameof(Application), request.ApplicationId);
        }

        return await db.Applications.AsNoTracking()
            .Where(a => a.Id == request.ApplicationId)
            .SelectMany(a => a.History)
            .OrderBy(h => h.Sequence)
            .ToListAsync(cancellationToken);
    }
}
