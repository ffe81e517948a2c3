using Mobility.BuildingBlocks.Geography;

namespace Mobility.Enrolment.Learners;

/// <summary>A language a learner studies (ISO 639-1) and the CEFR level reached in it.</summary>
internal sealed class LearnerLanguage
{
    private LearnerLanguage()
    {
    }

    public LearnerLanguage(Guid learnerId, string language, CefrLevel level)
    {
        LearnerId = learnerId;
        Language = language;
        Level = level;
    }

    public Guid LearnerId { get; private set; }

    public string Language { get; private set; } = "";

    public CefrLevel Level { get; private set; }

    public void Reach(CefrLevel level) => Level = level;
}
