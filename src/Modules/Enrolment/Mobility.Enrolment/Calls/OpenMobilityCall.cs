using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Consortia;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.Calls;

internal sealed record OpenMobilityCall(
    Guid ConsortiumId,
    string Title,
    DateOnly ApplicationsOpenOn,
    DateOnly ApplicationsCloseOn,
    DateOnly MobilityStartsOn,
    DateOnly MobilityEndsOn,
    int Places,
    IReadOnlyList<OpenMobilityCall.Criterion> Criteria,
    Guid? Id = null) : IRequest<Guid>
{
    internal sealed record Criterion(string Name, int Weight);
}

internal sealed class OpenMobilityCallValidator : AbstractValidator<OpenMobilityCall>
{
    public OpenMobilityCallValidator()
    {
        RuleFor(r => r.ConsortiumId).NotEmpty();
        RuleFor(r => r.Title).NotEmpty().MaximumLength(300);
        RuleFor(r => r.ApplicationsCloseOn).GreaterThanOrEqualTo(r => r.ApplicationsOpenOn);
        RuleFor(r => r.MobilityStartsOn).GreaterThan(r => r.ApplicationsCloseOn);
        RuleFor(r => r.MobilityEndsOn).GreaterThan(r => r.MobilityStartsOn);
        RuleFor(r => r.Places).GreaterThanOrEqualTo(1);
        RuleFor(r => r.Criteria).NotEmpty();
        RuleForEach(r => r.Criteria).ChildRules(c =>
        {
            c.RuleFor(x => x.Name).NotEmpty().MaximumLength(SelectionCriterion.NameMaxLength);
            c.RuleFor(x => x.Weight).InclusiveBetween(1, SelectionCriterion.MaxWeight);
        });
    }
}

internal sealed class OpenMobilityCallHandler(EnrolmentDbContext db) : IRequestHandler<OpenMobilityCall, Guid>
{
    public async Task<Guid> Handle(OpenMobilityCall request, CancellationToken cancellationToken)
    {
        var consortium = await db.Consortia.SingleOrDefaultAsync(c => c.Id == request.ConsortiumId, cancellationToken)
            ?? throw new NotFoundException(nameof(Consortium), request.ConsortiumId);
        var call = MobilityCall.Open(
            request.Id ?? Guid.CreateVersion7(), consortium, request.Title, request.ApplicationsOpenOn,
            request.ApplicationsCloseOn, request.MobilityStartsOn, request.MobilityEndsOn, request.Places,
            request.Criteria.Select(c => new CriterionDefinition(Guid.CreateVersion7(), c.Name, c.Weight)).ToList());
        db.MobilityCalls.Add(call);
        await db.SaveChangesAsync(cancellationToken);
        return call.Id;
    }
}

internal sealed class OpenMobilityCallAuthorizer : IAuthorizer<OpenMobilityCall>
{
    public Task AuthorizeAsync(OpenMobilityCall request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireCoordinates(request.ConsortiumId, "open its calls");
        return Task.CompletedTask;
    }
}
