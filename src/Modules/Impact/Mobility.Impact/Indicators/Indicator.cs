namespace Mobility.Impact.Indicators;

/// <summary>The indicators, each a rate (numerator over denominator) or, for CEFR gains, a mean over a count.</summary>
internal enum Indicator
{
    /// <summary>Learners with a completed placement (each once).</summary>
    Participants,

    /// <summary>Completed placements.</summary>
    Placements,

    /// <summary>Answered surveys over surveys sent.</summary>
    SurveyResponseRate,

    /// <summary>Passed over passed + failed; pending and unrecorded results are left out.</summary>
    PassRate,

    /// <summary>Agree or strongly agree that they improved their language skills, over those who answered.</summary>
    LanguageImproved,

    /// <summary>Agree or strongly agree that they are satisfied, over those who answered.</summary>
    SatisfactionRate,

    /// <summary>Agree or strongly agree that they have more self-confidence, over those who answered.</summary>
    SelfConfidence,

    /// <summary>Agree or strongly agree that they are ready to go again, over those who answered.</summary>
    ReadyToRepeat,

    /// <summary>Participants offered a job or a seasonal contract, over all participants.</summary>
    JobOffers,

    /// <summary>Participants going on to further study (e.g. a BTS), over all participants.</summary>
    FurtherStudy,

    /// <summary>Participants who left their training, over all participants.</summary>
    LeftTraining,

    /// <summary>Mean CEFR levels gained per skill (listening, reading, spoken interaction, spoken production, writing).</summary>
    CefrGain,

    /// <summary>Participants with a unit of learning outcomes recognised toward their qualification, over all participants.</summary>
    UnitRecognised,
}
