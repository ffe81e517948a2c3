using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;

namespace Mobility.Recognition.Recognitions;

/// <summary>
/// Who may see and do what on a placement's recognition. Coordinators see their consortium's member
/// organisations, school staff their own organisation, a host tutor the placements whose tutor e-mail is theirs,
/// a learner their own; funders see aggregates only. Only the host tutor assesses at the host, only the sending
/// school's staff validate and decide.
/// </summary>
internal static class RecognitionAccess
{
    public static bool CanSee(this Viewer viewer, PlacementRecognition recognition)
        => viewer.IsSystem
            || viewer.SeesOrganisation(recognition.SendingOrganisationId)
            || viewer.Tutors(recognition)
            || (viewer.IsIn(PlatformRole.Learner) && viewer.LearnerId == recognition.LearnerId);

    /// <summary>The recognitions the viewer may see, as a query filter (translated to SQL).</summary>
    public static IQueryable<PlacementRecognition> VisibleTo(this IQueryable<PlacementRecognition> recognitions, Viewer viewer)
    {
        if (viewer.IsSystem)
        {
            return recognitions;
        }

        var organisations = viewer.SeesOrganisations ? viewer.OrganisationIds.ToList() : [];
        var tutorEmail = viewer.IsIn(PlatformRole.HostTutor) ? viewer.Email : null;
        var learnerId = viewer.IsIn(PlatformRole.Learner) ? viewer.LearnerId : null;
        return recognitions.Where(r => organisations.Contains(r.SendingOrganisationId)
            || (tutorEmail != null && r.HostTutorEmail == tutorEmail)
            || (learnerId != null && r.LearnerId == learnerId));
    }

    public static bool Tutors(this Viewer viewer, PlacementRecognition recognition)
        => viewer.IsIn(PlatformRole.HostTutor) && viewer.Email is { Length: > 0 } email && recognition.HostTutorEmail == email;

    public static bool IsSendingSchoolStaff(this Viewer viewer, Guid sendingOrganisationId)
        => viewer.IsSystem || (viewer.IsIn(PlatformRole.SchoolStaff) && viewer.OrganisationIds.Contains(sendingOrganisationId));

    /// <summary>School staff of the sending organisation, or its consortium's coordinator.</summary>
    public static bool PreparesFor(this Viewer viewer, Guid sendingOrganisationId) => viewer.SeesOrganisation(sendingOrganisationId);

    /// <summary>Hides what the viewer may not see: to them it does not exist.</summary>
    public static PlacementRecognition RequireVisible(this Viewer viewer, PlacementRecognition recognition)
        => viewer.CanSee(recognition) ? recognition : throw new NotFoundException("Recognition of placement", recognition.PlacementId);

    public static void RequireHostTutor(this Viewer viewer, PlacementRecognition recognition)
        => Access.Require(viewer.IsSystem || viewer.Tutors(recognition), "Only the host tutor appointed on this placement assesses it at the host.");

    public static void RequireSendingSchoolStaff(this Viewer viewer, PlacementRecognition recognition)
        => Access.Require(viewer.IsSendingSchoolStaff(recognition.SendingOrganisationId),
            "Only the sending school's staff assess at school, validate and decide on recognition.");

    public static void RequirePreparer(this Viewer viewer, Guid sendingOrganisationId)
        => Access.Require(viewer.PreparesFor(sendingOrganisationId),
            "Only the sending school's staff or their consortium's coordinator prepare a placement's units and documents.");

    /// <summary>The name recorded as having acted: the user's e-mail, or "platform" for the platform's own work.</summary>
    public static string Actor(this Viewer viewer) => viewer.Email ?? "platform";
}
