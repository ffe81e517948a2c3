namespace Mobility.Placements.LearningAgreements;

/// <summary>One expected learning outcome and how the host tutor will tell that it was reached.</summary>
internal sealed class LearningObjective
{
    private LearningObjective()
    {
    }

    public LearningObjective(Guid learningAgreementVersionId, int position, string description, string successIndicator)
    {
        LearningAgreementVersionId = learningAgreementVersionId;
        Position = position;
        Description = description.Trim();
        SuccessIndicator = successIndicator.Trim();
    }

    public Guid LearningAgreementVersionId { get; private set; }

    public int Position { get; private set; }

    public string Description { get; private set; } = "";

    public string SuccessIndicator { get; private set; } = "";
}
