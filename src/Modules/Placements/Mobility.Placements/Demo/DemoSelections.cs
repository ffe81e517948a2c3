using Mobility.Enrolment.Contracts.Directory;
using Mobility.Placements.Selections;

namespace Mobility.Placements.Demo;

internal static class DemoSelections
{
    /// <summary>Exactly what the ApplicationSelected handler stores, except the instant, which the directory does not give.</summary>
    public static SelectedLearner Record(SelectionSummary selection, LearnerSummary learner, MobilityCallSummary call)
        => new(selection.ApplicationId, selection.LearnerId, selection.CallId, learner.SchoolId, call.MobilityStartsOn, call.MobilityEndsOn,
            DemoTime.At(call.ApplicationsCloseOn.AddDays(1)));
}
