using Mobility.Enrolment.Contracts.Events;
using Mobility.Enrolment.Learners;

namespace Mobility.Enrolment.Calls;

internal static class CallEvents
{
    public static ApplicationSelected Selected(Application application, MobilityCall call, Learner learner, Guid eventId, DateTime at)
        => new(eventId, at, application.Id, learner.Id, call.Id, call.ConsortiumId, learner.SchoolId, call.MobilityStartsOn,
            call.MobilityEndsOn, application.WeightedScore(call.Criteria));
}
