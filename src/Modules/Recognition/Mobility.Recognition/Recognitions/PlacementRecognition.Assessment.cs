using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Geography;
using Mobility.Placements.Contracts;
using Mobility.Recognition.Schemes;

namespace Mobility.Recognition.Recognitions;

/// <summary>The host tutor's grades for one agreed unit.</summary>
internal sealed record HostGradeInput(Guid UnitId, string Level, decimal? Mark, string? Evidence, string? Comment);

/// <summary>
/// The host assessment: how and when it was held, in which language, who took part besides the host tutor (the
/// sending company, the school's teacher), and a grade for each agreed unit.
/// </summary>
internal sealed record HostAssessmentInput(
    AssessmentMethod Method, DateOnly HeldOn, string Language, bool SendingCompanyTookPart, bool SchoolTeacherTookPart,
    string? OtherParticipants, IReadOnlyList<HostGradeInput> Grades);

internal sealed partial class PlacementRecognition
{
    public AssessmentStatus AssessmentStatus { get; private set; }

    public AssessmentMethod? AssessmentMethod { get; private set; }

    public DateOnly? AssessedOn { get; private set; }

    /// <summary>ISO 639-1 language the host tutor wrote the assessment in.</summary>
    public string? AssessmentLanguage { get; private set; }

    public bool SendingCompanyTookPart { get; private set; }

    public bool SchoolTeacherTookPart { get; private set; }

    public string? OtherParticipants { get; private set; }

    public string? AssessedBy { get; private set; }

    public DateTime? AssessmentSubmittedAt { get; private set; }

    /// <summary>Saves the host tutor's assessment; may be saved again and again until it is submitted.</summary>
    public void RecordHostAssessment(HostAssessmentInput input, string assessedBy, PlacementStatus placementStatus, DateOnly today, Func<string, RecognitionScheme> schemes)
    {
        Rule.Require(AssessmentStatus != AssessmentStatus.Submitted, "ASSESSMENT_ALREADY_SUBMITTED",
            "The host assessment was submitted; it can no longer be changed.");
        Rule.Require(placementStatus is PlacementStatus.InProgress or PlacementStatus.Completed or PlacementStatus.Interrupted,
            "PLACEMENT_NOT_STARTED", $"The host assesses the learner during or at the end of the stay; the placement is {placementStatus}.");
        Rule.Require(input.HeldOn >= StartsOn && input.HeldOn <= today, "ASSESSMENT_DATE_OUTSIDE_STAY",
            $"The assessment date must fall between the first day abroad ({StartsOn:O}) and today ({today:O}), not {input.HeldOn:O}.");
        Rule.Require(LanguageCode.IsValid(input.Language), "LANGUAGE_UNKNOWN", $"'{input.Language}' is not an ISO 639-1 language code.");
        Rule.Require(input.Grades.Select(g => g.UnitId).Distinct().Count() == input.Grades.Count, "UNIT_GRADED_TWICE",
            "Each unit is graded once in an assessment.");
        foreach (var grade in input.Grades)
        {
            var unit = Unit(grade.UnitId);
            Rule.Require(unit.IsAgreed, "UNIT_NOT_AGREED",
                $"Unit {unit.QualificationUnitCode} was never agreed in a signed learning agreement, so it cannot be assessed.");
            CheckGrade(schemes(unit.SchemeCode), unit, grade.Level, grade.Mark);
        }

        foreach (var grade in input.Grades)
        {
            Unit(grade.UnitId).GradeAtHost(grade.Level, grade.Mark, grade.Evidence, grade.Comment);
        }

        AssessmentStatus = AssessmentStatus.Draft;
        AssessmentMethod = input.Method;
        AssessedOn = input.HeldOn;
        AssessmentLanguage = LanguageCode.Normalise(input.Language);
        SendingCompanyTookPart = input.SendingCompanyTookPart;
        SchoolTeacherTookPart = input.SchoolTeacherTookPart;
        OtherParticipants = string.IsNullOrWhiteSpace(input.OtherParticipants) ? null : input.OtherParticipants.Trim();
        AssessedBy = assessedBy.Trim();
    }

    /// <summary>The host tutor hands the assessment to the sending school; from then on it is read-only.</summary>
    public void SubmitHostAssessment(DateTime now, Func<string, RecognitionScheme> schemes)
    {
        Rule.Require(AssessmentStatus == AssessmentStatus.Draft, "ASSESSMENT_NOT_STARTED_OR_SUBMITTED",
            AssessmentStatus == AssessmentStatus.Submitted ? "The host assessment is already submitted." : "Record the host assessment first.");
        var ungraded = _units.Where(u => u.IsAgreed && (u.HostGrade is null || (schemes(u.SchemeCode).UsesMarks && u.HostMark is null)))
            .Select(u => u.QualificationUnitCode).ToList();
        Rule.Require(ungraded.Count == 0, "HOST_GRADE_MISSING", $"Grade every agreed unit before submitting; missing: {string.Join(", ", ungraded)}.");
        AssessmentStatus = AssessmentStatus.Submitted;
        AssessmentSubmittedAt = now;
    }

    /// <summary>
    /// The school's own part of a unit (the UFM's part 2), held after return and, when the scheme says so, within
    /// its months of the return.
    /// </summary>
    public void RecordSchoolPart(Guid unitId, string level, decimal? mark, string? comment, DateOnly heldOn, string assessedBy, DateOnly today, RecognitionScheme scheme)
    {
        RequireNotValidated();
        var unit = Unit(unitId);
        var part = scheme.PartFor(Assessor.SendingSchool);
        Rule.Require(part is not null, "SCHEME_HAS_NO_SCHOOL_PART", $"Under {scheme.Code} the school holds no part of its own for unit {unit.QualificationUnitCode}.");
        Rule.Require(AssessmentStatus == AssessmentStatus.Submitted, "HOST_ASSESSMENT_NOT_SUBMITTED",
            "The school's part follows the host's: wait until the host tutor has submitted the assessment.");
        Rule.Require(heldOn > ReturnedOn && heldOn <= today, "SCHOOL_PART_BEFORE_RETURN",
            $"The school's part is held after the return ({ReturnedOn:O}) and not later than today.");
        if (part!.WithinMonthsOfReturn is { } months)
        {
            var deadline = ReturnedOn.AddMonths(months);
            Rule.Require(heldOn <= deadline, "SCHOOL_PART_DEADLINE_PASSED",
                $"Under {scheme.Code} the school's part is held within {months} months of the return, by {deadline:O}; {heldOn:O} is too late.");
        }

        CheckGrade(scheme, unit, level, mark);
        unit.GradeAtSchool(level, mark, comment, heldOn, assessedBy);
    }

    private static void CheckGrade(RecognitionScheme scheme, UnitOfLearningOutcomes unit, string level, decimal? mark)
    {
        Rule.Require(scheme.Level(level) is not null, "GRID_LEVEL_UNKNOWN",
            $"'{level}' is not a level of the {scheme.Code} grid ({string.Join(", ", scheme.Levels.Select(l => l.Code))}) for unit {unit.QualificationUnitCode}.");
        if (scheme.MarkScale is { } scale)
        {
            Rule.Require(mark is { } m && m >= 0 && m <= scale, "MARK_OUT_OF_SCALE",
                $"Unit {unit.QualificationUnitCode} is marked from 0 to {scale} under {scheme.Code}.");
        }
        else
        {
            Rule.Require(mark is null, "SCHEME_HAS_NO_MARKS", $"The {scheme.Code} grid gives levels, not marks (unit {unit.QualificationUnitCode}).");
        }
    }
}
