using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Calls;
using Mobility.Enrolment.Consortia;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Learners;
using Mobility.Enrolment.Organisations;
using Mobility.Enrolment.Staff;

namespace Mobility.Enrolment.Scoping;

/// <summary>
/// What each viewer may see of Enrolment, as query filters applied before anything else: a coordinator their
/// consortia and the people of every member organisation, school staff their organisation's people, a learner
/// themself, a funder organisations, consortia and calls but no person, a host tutor nothing here (they reach the
/// learners of their placements through the placement), the platform everything.
/// </summary>
internal static class EnrolmentScope
{
    public static IQueryable<Learner> VisibleLearners(this EnrolmentDbContext db, Viewer viewer)
    {
        if (viewer.IsSystem)
        {
            return db.Learners;
        }

        var organisations = OrganisationsOf(viewer);
        var self = viewer.IsIn(PlatformRole.Learner) ? viewer.LearnerId : null;
        return db.Learners.Where(l => organisations.Contains(l.SchoolId) || (self != null && l.Id == self));
    }

    public static IQueryable<StaffMember> VisibleStaff(this EnrolmentDbContext db, Viewer viewer)
    {
        if (viewer.IsSystem)
        {
            return db.StaffMembers;
        }

        var organisations = OrganisationsOf(viewer);
        var self = viewer.StaffMemberId;
        return db.StaffMembers.Where(s => organisations.Contains(s.OrganisationId) || (self != null && s.Id == self));
    }

    public static IQueryable<Organisation> VisibleOrganisations(this EnrolmentDbContext db, Viewer viewer)
    {
        if (viewer.IsSystem || viewer.IsIn(PlatformRole.Funder))
        {
            return db.Organisations;
        }

        var organisations = OrganisationsOf(viewer);
        var schools = SchoolOfLearner(db, viewer);
        return db.Organisations.Where(o => organisations.Contains(o.Id) || schools.Contains(o.Id));
    }

    public static IQueryable<Consortium> VisibleConsortia(this EnrolmentDbContext db, Viewer viewer)
    {
        if (viewer.IsSystem || viewer.IsIn(PlatformRole.Funder))
        {
            return db.Consortia;
        }

        var coordinated = viewer.IsIn(PlatformRole.ConsortiumCoordinator) ? viewer.ConsortiumIds.ToList() : [];
        var organisations = OrganisationsOf(viewer);
        var schools = SchoolOfLearner(db, viewer);
        return db.Consortia.Where(c => coordinated.Contains(c.Id)
            || c.Members.Any(m => organisations.Contains(m.OrganisationId) || schools.Contains(m.OrganisationId)));
    }

    public static IQueryable<MobilityCall> VisibleCalls(this EnrolmentDbContext db, Viewer viewer)
    {
        if (viewer.IsSystem || viewer.IsIn(PlatformRole.Funder))
        {
            return db.MobilityCalls;
        }

        var consortia = db.VisibleConsortia(viewer).Select(c => c.Id);
        return db.MobilityCalls.Where(c => consortia.Contains(c.ConsortiumId));
    }

    /// <summary>Applications of the learners the viewer sees, and, for a coordinator, every application to their consortia's calls.</summary>
    public static IQueryable<Application> VisibleApplications(this EnrolmentDbContext db, Viewer viewer)
    {
        if (viewer.IsSystem)
        {
            return db.Applications;
        }

        var learners = db.VisibleLearners(viewer).Select(l => l.Id);
        var coordinated = viewer.IsIn(PlatformRole.ConsortiumCoordinator) ? viewer.ConsortiumIds.ToList() : [];
        var calls = db.MobilityCalls.Where(c => coordinated.Contains(c.ConsortiumId)).Select(c => c.Id);
        return db.Applications.Where(a => learners.Contains(a.LearnerId) || calls.Contains(a.MobilityCallId));
    }

    /// <summary>The organisations whose people a coordinator or school staff member sees; empty for anyone else.</summary>
    public static List<Guid> OrganisationsOf(Viewer viewer) => viewer.SeesOrganisations ? [.. viewer.OrganisationIds] : [];

    private static IQueryable<Guid> SchoolOfLearner(EnrolmentDbContext db, Viewer viewer)
    {
        var self = viewer.IsIn(PlatformRole.Learner) ? viewer.LearnerId : null;
        return db.Learners.Where(l => self != null && l.Id == self).Select(l => l.SchoolId);
    }
}
