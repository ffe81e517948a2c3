using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.Enrolment.Data;

namespace Mobility.Enrolment.Qualifications;

internal sealed record GetQualification(Guid Id) : IRequest<Qualification>;

internal sealed class GetQualificationValidator : AbstractValidator<GetQualification>
{
    public GetQualificationValidator() => RuleFor(r => r.Id).NotEmpty();
}

internal sealed class GetQualificationHandler(EnrolmentDbContext db) : IRequestHandler<GetQualification, Qualification>
{
    public async Task<Qualification> Handle(GetQualification request, CancellationToken cancellationToken)
        => await db.Qualifications.AsNoTracking().Include(q => q.Units.OrderBy(u => u.Code))
                .SingleOrDefaultAsync(q => q.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Qualification), request.Id);
}
