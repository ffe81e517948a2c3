namespace Mobility.Impact.Indicators;

/// <summary>
/// One completed learner placement with everything the indicators count, flattened: the dimensions, and 0/1 (or
/// null when unknown) per outcome. Rebuilt from the read models and outcome data by <see cref="FactRefresher"/>;
/// never edited otherwise. Learner-level outcomes (exam, career) sit on the learner's latest placement only, so a
/// learner who went twice is counted once.
/// </summary>
internal sealed class OutcomeFact
{
    public Guid PlacementId { get; set; }

    public Guid LearnerId { get; set; }

    public Guid? ConsortiumId { get; set; }

    public Guid OrganisationId { get; set; }

    public string AcademicYear { get; set; } = "";

    public string DestinationCountry { get; set; } = "";

    public string Sector { get; set; } = "";

    public Guid? QualificationId { get; set; }

    public string QualificationLevel { get; set; } = "";

    public string DurationBand { get; set; } = "";

    public string Gender { get; set; } = "";

    public string FewerOpportunities { get; set; } = "";

    /// <summary>1 on the learner's latest completed placement: counts participants rather than placements.</summary>
    public int LatestForLearner { get; set; }

    public int SurveySent { get; set; }

    public int SurveyAnswered { get; set; }

    public int? Satisfied { get; set; }

    public int? LanguageImproved { get; set; }

    public int? SelfConfident { get; set; }

    public int? ReadyAgain { get; set; }

    /// <summary>1 passed (at any session), 0 failed every decided session, null pending or not recorded.</summary>
    public int? ExamPassed { get; set; }

    public int JobOffer { get; set; }

    public int FurtherStudy { get; set; }

    public int LeftTraining { get; set; }

    /// <summary>1 when a unit of the learner's was credited toward their qualification (on their latest placement).</summary>
    public int UnitRecognised { get; set; }

    /// <summary>CEFR levels gained in listening over the placement's assessments with both levels (<see cref="ListeningAssessed"/>).</summary>
    public int ListeningGain { get; set; }

    public int ListeningAssessed { get; set; }

    public int ReadingGain { get; set; }

    public int ReadingAssessed { get; set; }

    public int SpokenInteractionGain { get; set; }

    public int SpokenInteractionAssessed { get; set; }

    public int SpokenProductionGain { get; set; }

    public int SpokenProductionAssessed { get; set; }

    public int WritingGain { get; set; }

    public int WritingAssessed { get; set; }
}
