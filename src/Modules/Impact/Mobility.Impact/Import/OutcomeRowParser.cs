using System.Globalization;
using Mobility.BuildingBlocks.Geography;
using Mobility.Impact.Outcomes;
using C = Mobility.Impact.Import.OutcomeColumns;

namespace Mobility.Impact.Import;

/// <summary>Turns one row into the use case it sends, after checking every field it needs for its kind.</summary>
internal static class OutcomeRowParser
{
    public static (OutcomeRow? Row, string? Reason) Parse(int line, OutcomeFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var kind = fields.OptionalEnum<OutcomeRowKind>(C.Kind, required: true);
        if (kind is null)
        {
            return (null, string.Join("; ", fields.Problems));
        }

        var row = kind switch
        {
            OutcomeRowKind.ExamResult => ExamResult(line, fields),
            OutcomeRowKind.LanguageAssessment => LanguageAssessment(line, fields),
            OutcomeRowKind.CareerOutcome => CareerOutcome(line, fields),
            OutcomeRowKind.SurveyAnswer => SurveyAnswer(line, fields),
            _ => StaffOutcome(line, fields),
        };
        return fields.Problems.Count == 0 ? (row, null) : (null, string.Join("; ", fields.Problems));
    }

    public static string Describe(OutcomeRowKind kind) => OutcomeFields.Snake(kind.ToString()).Replace('_', ' ');

    private static OutcomeRow ExamResult(int line, OutcomeFields fields)
    {
        var learner = fields.Id(C.LearnerId, "Learner");
        var session = fields.Required(C.Session);
        if (session.Length > 0 && !Outcomes.ExamResult.IsSession(session))
        {
            fields.Problem($"{C.Session} '{session}' is not a session (yyyy-MM, e.g. 2020-06)");
        }

        var result = fields.Enum<ExamOutcome>(C.Result);
        return new OutcomeRow(line, OutcomeRowKind.ExamResult, $"exam/{learner}/{session}", new RecordExamResult(learner, session, result));
    }

    private static OutcomeRow LanguageAssessment(int line, OutcomeFields fields)
    {
        var placement = fields.Id(C.PlacementId, "Placement");
        var language = fields.Required(C.Language).ToLowerInvariant();
        if (language.Length > 0 && !LanguageCode.IsValid(language))
        {
            fields.Problem($"{C.Language} '{language}' is not an ISO 639-1 language code");
        }

        var skill = fields.Enum<LanguageSkill>(C.Skill);
        var (before, after) = (fields.Cefr(C.Before), fields.Cefr(C.After));
        if (before is null && after is null && fields.Problems.Count == 0)
        {
            fields.Problem($"give the level {C.Before} departure, {C.After} return, or both");
        }

        return new OutcomeRow(
            line, OutcomeRowKind.LanguageAssessment, $"language/{placement}/{language}/{skill}",
            new RecordLanguageAssessment(placement, language, skill, before, after));
    }

    private static OutcomeRow CareerOutcome(int line, OutcomeFields fields)
    {
        var learner = fields.Id(C.LearnerId, "Learner");
        var kind = fields.Enum<CareerOutcomeKind>(C.Outcome);
        var detail = fields.Text(C.Detail, Outcomes.CareerOutcome.DetailLength, required: false);
        var on = fields.Date(C.Date);
        return new OutcomeRow(
            line, OutcomeRowKind.CareerOutcome, $"career/{learner}/{kind}",
            new RecordCareerOutcome(learner, kind, detail.Length == 0 ? null : detail, on));
    }

    private static OutcomeRow SurveyAnswer(int line, OutcomeFields fields)
    {
        var placement = fields.Id(C.PlacementId, "Placement");
        var request = new AnswerSurvey(
            placement, fields.Likert(C.Satisfaction), fields.Likert(C.LanguageSkillsImproved), fields.Likert(C.SelfConfidenceImproved),
            fields.Likert(C.ReadyToGoAgain), fields.Optional(C.OpenAnswer));
        if (request.OpenAnswer?.Length > Survey.OpenAnswerLength)
        {
            fields.Problem($"{C.OpenAnswer} is longer than {Survey.OpenAnswerLength} characters");
        }

        if (request is { Satisfaction: null, LanguageSkillsImproved: null, SelfConfidenceImproved: null, ReadyToGoAgain: null, OpenAnswer: null }
            && fields.Problems.Count == 0)
        {
            fields.Problem("the row answers no question");
        }

        return new OutcomeRow(line, OutcomeRowKind.SurveyAnswer, $"survey/{placement}", request);
    }

    private static OutcomeRow StaffOutcome(int line, OutcomeFields fields)
    {
        var staff = fields.Id(C.StaffMemberId, "StaffMember");
        var kind = fields.Enum<StaffOutcomeKind>(C.Outcome);
        var title = fields.Text(C.Title, Outcomes.StaffOutcome.TitleLength, required: true);
        var on = fields.Date(C.Date);
        return new OutcomeRow(
            line, OutcomeRowKind.StaffOutcome, string.Create(CultureInfo.InvariantCulture, $"staff/{staff}/{kind}/{title}"),
            new RecordStaffOutcome(staff, kind, title, on));
    }
}
