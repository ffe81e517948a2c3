namespace Mobility.Recognition.Contracts;

/// <summary>What the sending school decided for a unit of learning outcomes acquired abroad.</summary>
public enum RecognitionOutcome
{
    /// <summary>The unit counts toward the qualification (e.g. the optional mobility unit is awarded).</summary>
    CreditedTowardQualification,

    /// <summary>The results count in the learner's continuous assessment (contrôle en cours de formation).</summary>
    CountedInContinuousAssessment,

    /// <summary>The learning outcomes are recorded in the learner's transcript without credit.</summary>
    RecordedInTranscript,

    /// <summary>Not recognised; the decision says why.</summary>
    NotRecognised,
}
