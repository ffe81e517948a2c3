namespace Mobility.Enrolment.Calls;

/// <summary>
/// The legal moves of an application. Only a shortlisted or reserve application can be selected, so every selection
/// went through the shortlist; reserve exists to promote someone when a selected learner withdraws. Rejected and
/// Withdrawn are final. Selected is not: a selected learner may still withdraw before departure, freeing the place.
/// </summary>
internal static class ApplicationTransitions
{
    private static readonly Dictionary<ApplicationStatus, ApplicationStatus[]> Allowed = new()
    {
        [ApplicationStatus.Applied] = [ApplicationStatus.Shortlisted, ApplicationStatus.Rejected, ApplicationStatus.Withdrawn],
        [ApplicationStatus.Shortlisted] =
            [ApplicationStatus.Selected, ApplicationStatus.Reserve, ApplicationStatus.Rejected, ApplicationStatus.Withdrawn],
        [ApplicationStatus.Reserve] = [ApplicationStatus.Selected, ApplicationStatus.Rejected, ApplicationStatus.Withdrawn],
        [ApplicationStatus.Selected] = [ApplicationStatus.Withdrawn],
        [ApplicationStatus.Rejected] = [],
        [ApplicationStatus.Withdrawn] = [],
    };

    public static bool IsAllowed(ApplicationStatus from, ApplicationStatus to) => Allowed[from].Contains(to);

    public static bool IsFinal(ApplicationStatus status) => Allowed[status].Length == 0;

    /// <summary>Scores can change until the selection committee has decided.</summary>
    public static bool IsOpenToScoring(ApplicationStatus status)
        => status is ApplicationStatus.Applied or ApplicationStatus.Shortlisted;
}
