using Mobility.Enrolment.Contracts.Events;

namespace Mobility.Enrolment.Learners;

internal static class LearnerEvents
{
    public static LearnerRegistered Registered(Learner learner, Guid eventId, DateTime at)
        => new(eventId, at, learner.Id, learner.SchoolId, learner.QualificationId, learner.FirstName, learner.LastName,
            learner.BirthDate, learner.Nationality);

    public static LearnerSensitiveFlagsRecorded SensitiveFlagsRecorded(LearnerSensitiveData data, Guid eventId)
        => new(eventId, data.RecordedAt, data.LearnerId, data.FewerOpportunities, data.SpecialNeeds);
}
