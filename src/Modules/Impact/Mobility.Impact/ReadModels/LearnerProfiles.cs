using Mobility.Enrolment.Contracts.Directory;
using Mobility.Impact.Data;

namespace Mobility.Impact.ReadModels;

internal static class LearnerProfiles
{
    /// <summary>
    /// The learner's profile, created from Enrolment's directory the first time any event about them arrives (the
    /// events may come in any order). Null when Enrolment does not know the learner.
    /// </summary>
    public static async Task<LearnerProfile?> FindOrCreateAsync(
        ImpactDbContext db, IEnrolmentDirectory enrolment, Guid learnerId, DateTime at, CancellationToken cancellationToken)
    {
        var profile = db.LearnerProfiles.Local.FirstOrDefault(p => p.LearnerId == learnerId)
            ?? await db.LearnerProfiles.FindAsync([learnerId], cancellationToken);
        if (profile is not null)
        {
            return profile;
        }

        var learner = (await enrolment.GetLearnersAsync([learnerId], cancellationToken)).SingleOrDefault();
        if (learner is null)
        {
            return null;
        }

        var qualification = (await enrolment.GetQualificationsAsync([learner.QualificationId], cancellationToken)).SingleOrDefault();
        profile = LearnerProfile.Create(
            learnerId, learner.SchoolId, learner.QualificationId, qualification?.NationalName ?? LearnerProfile.Unknown,
            qualification?.NationalLevel ?? LearnerProfile.Unknown, qualification?.EqfLevel ?? 0, learner.Gender, at);
        db.LearnerProfiles.Add(profile);
        return profile;
    }
}
