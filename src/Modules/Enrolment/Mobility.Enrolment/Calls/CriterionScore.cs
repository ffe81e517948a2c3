namespace Mobility.Enrolment.Calls;

/// <summary>An application's score, 0 to 10, on one criterion of its call.</summary>
internal sealed class CriterionScore
{
    public const int Max = 10;

    private CriterionScore()
    {
    }

    public CriterionScore(Guid applicationId, Guid selectionCriterionId, int score)
    {
        ApplicationId = applicationId;
        SelectionCriterionId = selectionCriterionId;
        Score = score;
    }

    public Guid ApplicationId { get; private set; }

    public Guid SelectionCriterionId { get; private set; }

    public int Score { get; private set; }

    public void Change(int score) => Score = score;
}
