using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Mobility.Enrolment.Data;

namespace Mobility.Enrolment.Demo;

internal static class DemoSummary
{
    /// <summary>e.g. "Enrolment: 2 consortia, 42 organisations, 471+24 learners, 246+16 staff" (CAPMOB 2.0 + the rest).</summary>
    public static async Task<string> DescribeAsync(EnrolmentDbContext db, CancellationToken cancellationToken)
    {
        var parisMembers = db.Consortia.Where(c => c.Id == ParisConsortium.Id).SelectMany(c => c.Members).Select(m => m.OrganisationId);
        var consortia = await db.Consortia.CountAsync(cancellationToken);
        var organisations = await db.Organisations.CountAsync(cancellationToken);
        var learners = await db.Learners.CountAsync(cancellationToken);
        var parisLearners = await db.Learners.CountAsync(l => parisMembers.Contains(l.SchoolId), cancellationToken);
        var staff = await db.StaffMembers.CountAsync(cancellationToken);
        var parisStaff = await db.StaffMembers.CountAsync(s => parisMembers.Contains(s.OrganisationId), cancellationToken);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Enrolment: {consortia} consortia, {organisations} organisations, {parisLearners}+{learners - parisLearners} learners, "
            + $"{parisStaff}+{staff - parisStaff} staff");
    }
}
