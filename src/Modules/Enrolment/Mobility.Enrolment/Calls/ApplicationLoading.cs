using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.Enrolment.Data;

namespace Mobility.Enrolment.Calls;

internal static class ApplicationLoading
{
    /// <summary>Loads an application with its scores and history, which every status change appends to.</summary>
    public static async Task<Application> LoadApplicationAsync(
        this EnrolmentDbContext db, Guid applicationId, CancellationToken cancellationToken)
        => await db.Applications.Include(a => a.Scores).Include(a => a.History).AsSplitQuery()
                .SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken)
            ?? throw new NotFoundException(nameof(Application), applicationId);

    public static async Task<MobilityCall> LoadCallAsync(this EnrolmentDbContext db, Guid callId, CancellationToken cancellationToken)
        => await db.MobilityCalls.Include(c => c.Criteria).SingleOrDefaultAsync(c => c.Id == callId, cancellationToken)
            ?? throw new NotFoundException(nameof(MobilityCall), callId);
}
