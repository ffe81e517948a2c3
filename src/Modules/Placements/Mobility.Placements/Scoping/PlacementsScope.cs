using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Data;
using Mobility.Placements.HostOrganisations;
using Mobility.Placements.Lifecycle;
using Mobility.Placements.SendingCompanies;

namespace Mobility.Placements.Scoping;

/// <summary>
/// What each viewer may see of Placements, as query filters applied before anything else: coordinators and school
/// staff the placements their organisations send or host, a host tutor the placements whose tutor has their
/// e-mail, a learner or staff member their own, a funder none (aggregates only), the platform everything.
/// </summary>
internal static class PlacementsScope
{
    public static IQueryable<Placement> VisiblePlacements(this PlacementsDbContext db, Viewer viewer)
    {
        if (viewer.IsSystem)
        {
            return db.Placements;
        }

        List<Guid> organisations = viewer.SeesOrganisations ? [.. viewer.OrganisationIds] : [];
        var tutor = viewer.IsIn(PlatformRole.HostTutor) ? viewer.Email : null;
        var learner = viewer.IsIn(PlatformRole.Learner) ? viewer.LearnerId : null;
        var staff = viewer.StaffMemberId;
        // ToLower() is translated to SQL lower(); the viewer's e-mail is already lower-case.
#pragma warning disable CA1304, CA1311, CA1862
        return db.Placements.Where(p =>
            (p.SendingOrganisationId != null && organisations.Contains(p.SendingOrganisationId.Value))
            || (p.HostSchoolId != null && organisations.Contains(p.HostSchoolId.Value))
            || (tutor != null && p.HostTutorEmail != null && p.HostTutorEmail.ToLower() == tutor)
            || (learner != null && p.LearnerId == learner)
            || (staff != null && p.StaffMemberId == staff));
#pragma warning restore CA1304, CA1311, CA1862
    }

    /// <summary>
    /// Host organisations are a catalogue shared by the consortia: coordinators, school staff and funders see them all;
    /// a host tutor or a participant the hosts of their own placements.
    /// </summary>
    public static IQueryable<HostOrganisation> VisibleHostOrganisations(this PlacementsDbContext db, Viewer viewer)
    {
        if (viewer.IsAnyOf(PlatformRole.ConsortiumCoordinator, PlatformRole.SchoolStaff, PlatformRole.Funder))
        {
            return db.HostOrganisations;
        }

        var hosts = db.VisiblePlacements(viewer).Where(p => p.HostOrganisationId != null).Select(p => p.HostOrganisationId!.Value);
        return db.HostOrganisations.Where(h => hosts.Contains(h.Id));
    }

    /// <summary>A host's contact person is a name: everyone who sees the host except a funder sees it.</summary>
    public static bool SeesHostContacts(Viewer viewer) =>
        viewer.IsAnyOf(PlatformRole.ConsortiumCoordinator, PlatformRole.SchoolStaff, PlatformRole.HostTutor, PlatformRole.Learner);

    /// <summary>The employers of the learners whose placements the viewer sees, or whom the viewer's schools selected.</summary>
    public static IQueryable<SendingCompany> VisibleSendingCompanies(this PlacementsDbContext db, Viewer viewer)
    {
        if (viewer.IsSystem)
        {
            return db.SendingCompanies;
        }

        List<Guid> organisations = viewer.SeesOrganisations ? [.. viewer.OrganisationIds] : [];
        var placed = db.VisiblePlacements(viewer).Where(p => p.LearnerId != null).Select(p => p.LearnerId!.Value);
        var selected = db.SelectedLearners.Where(s => organisations.Contains(s.SchoolId)).Select(s => s.LearnerId);
        var self = viewer.IsIn(PlatformRole.Learner) ? viewer.LearnerId : null;
        return db.SendingCompanies.Where(c => placed.Contains(c.LearnerId) || selected.Contains(c.LearnerId) || (self != null && c.LearnerId == self));
    }
}
