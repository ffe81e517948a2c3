using Mobility.Recognition.Contracts.Events;

namespace Mobility.Recognition.Recognitions;

internal static class RecognitionEvents
{
    public static UnitRecognitionDecided Decided(PlacementRecognition r, UnitOfLearningOutcomes unit, RecognitionDecision d, Guid eventId)
        => new(eventId, d.DecidedAt, unit.Id, r.PlacementId, r.LearnerId, r.SendingOrganisationId, r.QualificationId, unit.QualificationUnitId,
            unit.QualificationUnitCode, unit.SchemeCode, d.Outcome, d.Passed, d.FinalMark, d.Attestation);
}
