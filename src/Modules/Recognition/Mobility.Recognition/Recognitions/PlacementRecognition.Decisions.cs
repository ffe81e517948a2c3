using System.Globalization;
using Mobility.BuildingBlocks.Domain;
using Mobility.Recognition.Contracts;
using Mobility.Recognition.Schemes;

namespace Mobility.Recognition.Recognitions;

internal sealed partial class PlacementRecognition
{
    public DateTime? ValidatedAt { get; private set; }

    public string? ValidatedBy { get; private set; }

    public Guid? ValidatedByUserId { get; private set; }

    public bool IsValidated => ValidatedAt is not null;

    public RecognitionDecision? CurrentDecision(Guid unitId)
        => _decisions.Where(d => d.UnitId == unitId).MaxBy(d => d.Sequence);

    /// <summary>
    /// The sending school checks the assessment: submitted by the host, every agreed unit graded in every part of its
    /// scheme. Then it can decide on each unit.
    /// </summary>
    public void Validate(string validatedBy, Guid? userId, DateTime now, Func<string, RecognitionScheme> schemes)
    {
        RequireNotValidated();
        Rule.Require(AssessmentStatus == AssessmentStatus.Submitted, "HOST_ASSESSMENT_NOT_SUBMITTED",
            "The host tutor has not submitted the assessment yet.");
        var incomplete = _units.Where(u => u.IsAgreed)
            .Select(u => (Unit: u, Missing: u.Result(schemes(u.SchemeCode)).MissingParts))
            .Where(x => x.Missing.Count > 0)
            .Select(x => $"{x.Unit.QualificationUnitCode} ({string.Join(", ", x.Missing)})")
            .ToList();
        Rule.Require(incomplete.Count == 0, "ASSESSMENT_INCOMPLETE", $"Some parts are not graded yet: {string.Join("; ", incomplete)}.");
        ValidatedAt = now;
        ValidatedBy = validatedBy.Trim();
        ValidatedByUserId = userId;
    }

    /// <summary>
    /// Records the school's decision on a unit. A recognising outcome needs the unit to have passed under its scheme;
    /// "not recognised" and any change of a previous decision state their reason.
    /// </summary>
    public RecognitionDecision Decide(
        Guid decisionId, Guid unitId, RecognitionOutcome outcome, string? reason, string decidedBy, Guid? userId, DateTime now, RecognitionScheme scheme)
    {
        Rule.Require(IsValidated, "ASSESSMENT_NOT_VALIDATED", "Validate the assessment before deciding on its units.");
        var unit = Unit(unitId);
        Rule.Require(unit.IsAgreed, "UNIT_NOT_AGREED", $"Unit {unit.QualificationUnitCode} was never agreed, so there is nothing to recognise.");
        var result = unit.Result(scheme);
        Rule.Require(outcome == RecognitionOutcome.NotRecognised || result.Passed, "UNIT_NOT_PASSED",
            result.FinalMark is { } mark
                ? string.Create(CultureInfo.InvariantCulture,
                    $"Unit {unit.QualificationUnitCode} has {mark:0.##}/{scheme.MarkScale:0.##} under {scheme.Code}; it needs {scheme.PassMark:0.##} to be recognised.")
                : $"Unit {unit.QualificationUnitCode} did not reach a passing level under {scheme.Code}; it can only be 'not recognised'.");
        Rule.Require(outcome != RecognitionOutcome.NotRecognised || !string.IsNullOrWhiteSpace(reason), "REASON_REQUIRED",
            "Say why the unit is not recognised.");
        var previous = CurrentDecision(unitId);
        Rule.Require(previous is null || !string.IsNullOrWhiteSpace(reason), "DECISION_CHANGE_REASON_REQUIRED",
            $"Unit {unit.QualificationUnitCode} already has a decision ({previous?.Outcome}); say why it changes.");
        var decision = new RecognitionDecision(
            decisionId, Id, unitId, (previous?.Sequence ?? 0) + 1, outcome, reason, result.Passed, result.FinalMark,
            outcome == RecognitionOutcome.NotRecognised ? null : result.Attestation, decidedBy, userId, now);
        _decisions.Add(decision);
        return decision;
    }

    private void RequireNotValidated()
        => Rule.Require(!IsValidated, "ASSESSMENT_VALIDATED", "The assessment was validated by the sending school; its grades are final.");
}
