using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Data;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.Lifecycle;

/// <summary>Names the person at the host who guides the participant and documents the placement.</summary>
internal sealed record AppointHostTutor(Guid PlacementId, string Name, string Email, string Position) : IRequest<Unit>;

internal sealed class AppointHostTutorValidator : AbstractValidator<AppointHostTutor>
{
    public AppointHostTutorValidator()
    {
        RuleFor(r => r.PlacementId).NotEmpty();
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Email).NotEmpty().EmailAddress().MaximumLength(254);
        RuleFor(r => r.Position).NotEmpty().MaximumLength(200);
    }
}

internal sealed class AppointHostTutorHandler(PlacementsDbContext db, TimeProvider clock) : IRequestHandler<AppointHostTutor, Unit>
{
    public async Task<Unit> Handle(AppointHostTutor request, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(request.PlacementId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        placement.AppointHostTutor(request.Name, request.Email, request.Position, now);
        db.Publish(PlacementEvents.HostTutorAppointed(placement, Guid.CreateVersion7(), now));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class AppointHostTutorAuthorizer(PlacementsDbContext db) : IAuthorizer<AppointHostTutor>
{
    public Task AuthorizeAsync(AppointHostTutor request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return db.RequireManagesPlacementAsync(viewer, request.PlacementId, "appoint its host tutor", cancellationToken);
    }
}
