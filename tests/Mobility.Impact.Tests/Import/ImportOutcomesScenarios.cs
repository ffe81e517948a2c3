using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Geography;
using Mobility.BuildingBlocks.Persistence;
using Mobility.GraphQL.Relay;
using Mobility.Impact.Data;
using Mobility.Impact.Import;
using Mobility.Impact.Outcomes;

namespace Mobility.Impact.Tests.Import;

/// <summary>
/// The CSV import of outcome data with the open-data import's rules: each bad row reported with its line and reason
/// while the good rows load, a second import of the same file changes nothing, and a failure halfway leaves nothing.
/// </summary>
public abstract class ImportOutcomesScenarios(DatabaseProvider provider) : ImpactTestBase(provider)
{
    private const string Header =
        "kind,learner_id,placement_id,staff_member_id,session,result,language,skill,before,after,outcome,detail,title,date,"
        + "satisfaction,language_skills_improved,self_confidence_improved,ready_to_go_again,open_answer";

    private readonly Sabotage _sabotage = new();
    private readonly List<string> _files = [];
    private Guid _learner;
    private Guid _placement;
    private Guid _staff;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var school = Enrolment.AddSchool("Lycée Jean Moulin");
        var qualification = Enrolment.AddQualification("Bac Pro", 4, "Baccalauréat professionnel Cuisine");
        var consortium = Enrolment.AddConsortium("CAPMOB", school);
        _learner = Enrolment.AddLearner(school, qualification, "Female");
        _staff = Enrolment.AddStaff(school);
        _placement = Guid.NewGuid();
        var at = new DateTime(2020, 1, 6, 8, 0, 0, DateTimeKind.Utc);
        await Host.PublishAsync(
            Given.Registered(_learner, school, qualification, at), Given.Selected(_learner, consortium, school, at),
            Given.Completed(_placement, _learner, school, new DateOnly(2020, 2, 3), 28, "ES", "Hospitality"));
        Host.Clock.Now = new DateTimeOffset(2020, 3, 4, 10, 0, 0, TimeSpan.Zero);
    }

    public override async Task DisposeAsync()
    {
        _files.ForEach(File.Delete);
        await base.DisposeAsync();
    }

    protected override void Configure(IServiceCollection services)
    {
        services.AddSingleton(_sabotage);
        services.AddTransient<IPipelineBehavior<RecordStaffOutcome, Guid>, SabotageBehavior>();
    }

    [Fact]
    public async Task Good_rows_load_each_bad_row_is_reported_with_its_line_and_reason_and_a_second_import_finds_them_present()
    {
        var unknown = Guid.NewGuid();
        var file = Write(
            $"exam_result,{_learner},,,2020-06,passed,,,,,,,,,,,,,",
            $"language_assessment,,{_placement},,,,ES,Spoken interaction,A2,B2,,,,,,,,,",
            $"career_outcome,{_learner},,,,,,,,,further study,BTS Management commercial opérationnel,,2020-09-01,,,,,",
            $"survey_answer,,{_placement},,,,,,,,,,,,5,4,agree,STRONGLY_AGREE,\"Une belle expérience, merci\"",
            $"staff_outcome,,,{_staff},,,,,,,certification,,CLIL English,2021-05-12,,,,,",
            $"holiday,{_learner},,,,,,,,,,,,,,,,,",
            $"exam_result,{_learner},,,June 2020,maybe,,,,,,,,,,,,,",
            $"exam_result,{unknown},,,2020-06,passed,,,,,,,,,,,,,",
            $"exam_result,not-an-id,,,2020-06,passed,,,,,,,,,,,,,",
            $"language_assessment,,{_placement},,,,xx,Writing,Z9,,,,,,,,,,",
            $"career_outcome,{_learner},,,,,,,,,job offer,,,01/09/2020,,,,,",
            $"exam_result,{_learner},,,2020-06,failed,,,,,,,,,,,,,",
            $"survey_answer,,{_placement},,,,,,,,,,,,,,,,",
            $"survey_answer,,{_placement},,,,,,,,,,,,7,,,,",
            $"staff_outcome,,,{unknown},,,,,,,training,,PAF English,2021-05-12,,,,,",
            $"career_outcome,{_learner},,,,,,,,,job offer,,,2040-01-01,,,,,",
            "exam_result,too,few,fields");

        var first = await Host.SendAsync(new ImportOutcomes(file));

        Assert.Equal(17, first.RowsRead);
        Assert.Equal(5, first.ImportedTotal);
        Assert.All(first.Imported.Values, count => Assert.Equal(1, count));
        Assert.Equal(0, first.AlreadyPresent);
        var reasons = first.Rejected.ToDictionary(r => r.Line, r => r.Reason);
        Assert.Equal([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], reasons.Keys);
        Assert.Contains("kind 'holiday' is not one of exam_result, language_assessment, career_outcome, survey_answer, staff_outcome", reasons[7], StringComparison.Ordinal);
        Assert.Contains("session 'June 2020' is not a session", reasons[8], StringComparison.Ordinal);
        Assert.Contains("result 'maybe' is not one of pending, passed, failed", reasons[8], StringComparison.Ordinal);
        Assert.Equal($"Learner {unknown} was not found.", reasons[9]);
        Assert.Equal("learner_id 'not-an-id' is not an id", reasons[10]);
        Assert.Contains("language 'xx' is not an ISO 639-1 language code", reasons[11], StringComparison.Ordinal);
        Assert.Contains("before 'Z9' is not a CEFR level", reasons[11], StringComparison.Ordinal);
        Assert.Equal("date '01/09/2020' is not a date (yyyy-MM-dd)", reasons[12]);
        Assert.Equal("the same exam result as line 2", reasons[13]);
        Assert.Equal("the row answers no question", reasons[14]);
        Assert.Contains("satisfaction '7' is not between 1 (strongly disagree) and 5 (strongly agree)", reasons[15], StringComparison.Ordinal);
        Assert.Equal($"Staff member {unknown} was not found.", reasons[16]);
        Assert.Contains("more than a year ahead", reasons[17], StringComparison.Ordinal);
        Assert.Equal("4 fields where the header has 19", reasons[18]);

        var stored = await StoredAsync();
        Assert.Equal(("2020-06", ExamOutcome.Passed), stored.Exam);
        Assert.Equal<(string, LanguageSkill, CefrLevel?, CefrLevel?)>(("es", LanguageSkill.SpokenInteraction, CefrLevel.A2, CefrLevel.B2), stored.Assessment);
        Assert.Equal<(CareerOutcomeKind, string?)>((CareerOutcomeKind.FurtherStudy, "BTS Management commercial opérationnel"), stored.Career);
        Assert.Equal<(Likert?, Likert?, Likert?, Likert?, string?)>(
            (Likert.StronglyAgree, Likert.Agree, Likert.Agree, Likert.StronglyAgree, "Une belle expérience, merci"), stored.Survey);
        Assert.Equal((StaffOutcomeKind.Certification, "CLIL English"), stored.Staff);

        var second = await Host.SendAsync(new ImportOutcomes(file));

        Assert.Equal((0, 5), (second.ImportedTotal, second.AlreadyPresent));
        Assert.Equal(first.Rejected, second.Rejected);
        Assert.Equal(stored, await StoredAsync());
        Assert.Equal(1, await Host.InScopeAsync<ImpactDbContext, int>(db => db.StaffOutcomes.CountAsync()));
    }

    [Fact]
    public async Task Rows_may_name_learners_placements_and_staff_by_the_global_ids_the_API_gives_and_another_types_id_is_refused_by_name()
    {
        var wrongType = GlobalId.Of("Placement", _placement);
        var file = Write(
            $"exam_result,{GlobalId.Of("Learner", _learner)},,,2020-06,passed,,,,,,,,,,,,,",
            $"survey_answer,,{GlobalId.Of("Placement", _placement)},,,,,,,,,,,,5,,,,",
            $"staff_outcome,,,{GlobalId.Of("StaffMember", _staff)},,,,,,,training,,PAF English,2021-05-12,,,,,",
            $"career_outcome,{wrongType},,,,,,,,,job offer,,,2020-07-01,,,,,");

        var result = await Host.SendAsync(new ImportOutcomes(file));

        Assert.Equal(3, result.ImportedTotal);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal((5, $"learner_id '{wrongType}' is the id of a Placement, not of a Learner"), (rejected.Line, rejected.Reason));
        Assert.Equal(
            (1, 1, 1, 0),
            await Host.InScopeAsync<ImpactDbContext, (int, int, int, int)>(async db => (
                await db.ExamResults.CountAsync(e => e.LearnerId == _learner),
                await db.Surveys.CountAsync(s => s.PlacementId == _placement && s.Status == SurveyStatus.Answered),
                await db.StaffOutcomes.CountAsync(o => o.StaffMemberId == _staff),
                await db.CareerOutcomes.CountAsync())));
    }

    [Fact]
    public async Task A_file_without_a_kind_column_or_an_import_failing_halfway_leaves_nothing_written()
    {
        var notOutcomes = Write(Header.Replace("kind,", "type,", StringComparison.Ordinal), $"exam_result,{_learner},,,2020-06,passed,,,,,,,,,,,,,");
        var error = await Assert.ThrowsAsync<OutcomeFileException>(() => Host.SendAsync(new ImportOutcomes(notOutcomes)));
        Assert.Contains("no 'kind' column", error.Message, StringComparison.Ordinal);

        var file = Write(
            $"exam_result,{_learner},,,2020-06,passed,,,,,,,,,,,,,",
            $"career_outcome,{_learner},,,,,,,,,job offer,,,2020-07-01,,,,,",
            $"staff_outcome,,,{_staff},,,,,,,certification,,CLIL English,2021-05-12,,,,,");
        _sabotage.Armed = true;
        await Assert.ThrowsAsync<IOException>(() => Host.SendAsync(new ImportOutcomes(file)));

        Assert.Equal(0, await Host.InScopeAsync<ImpactDbContext, int>(db => db.ExamResults.CountAsync()));
        Assert.Equal(0, await Host.InScopeAsync<ImpactDbContext, int>(db => db.CareerOutcomes.CountAsync()));
        Assert.Equal(0, await Host.InScopeAsync<ImpactDbContext, int>(db => db.StaffOutcomes.CountAsync()));

        _sabotage.Armed = false;
        var report = await Host.SendAsync(new ImportOutcomes(file));
        Assert.Equal((3, 0, 0), (report.ImportedTotal, report.AlreadyPresent, report.Rejected.Count));
    }

    private string Write(params string[] lines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mobility-outcomes-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, string.Join("\n", lines[0].StartsWith("kind,", StringComparison.Ordinal) || lines[0].StartsWith("type,", StringComparison.Ordinal) ? lines : [Header, .. lines]) + "\n");
        _files.Add(path);
        return path;
    }

    private Task<Stored> StoredAsync() => Host.InScopeAsync<ImpactDbContext, Stored>(async db =>
    {
        var exam = await db.ExamResults.AsNoTracking().SingleAsync();
        var assessment = await db.LanguageAssessments.AsNoTracking().SingleAsync();
        var career = await db.CareerOutcomes.AsNoTracking().SingleAsync();
        var survey = await db.Surveys.AsNoTracking().SingleAsync();
        var staff = await db.StaffOutcomes.AsNoTracking().SingleAsync();
        return new Stored(
            (exam.Session, exam.Outcome), (assessment.Language, assessment.Skill, assessment.Before, assessment.After), (career.Kind, career.Detail),
            (survey.Satisfaction, survey.LanguageSkillsImproved, survey.SelfConfidenceImproved, survey.ReadyToGoAgain, survey.OpenAnswer),
            (staff.Kind, staff.Title));
    });

    internal sealed record Stored(
        (string, ExamOutcome) Exam, (string, LanguageSkill, CefrLevel?, CefrLevel?) Assessment, (CareerOutcomeKind, string?) Career,
        (Likert?, Likert?, Likert?, Likert?, string?) Survey, (StaffOutcomeKind, string) Staff);

    /// <summary>Stands for a failure in the middle of an import (the database gone, the process stopped): the staff outcome's use case throws.</summary>
    internal sealed class Sabotage
    {
        public bool Armed { get; set; }
    }

    internal sealed class SabotageBehavior(Sabotage sabotage) : IPipelineBehavior<RecordStaffOutcome, Guid>
    {
        public Task<Guid> Handle(RecordStaffOutcome request, CancellationToken cancellationToken, RequestHandlerDelegate<Guid> next)
            => sabotage.Armed ? throw new IOException("The import was cut short.") : next();
    }
}

public sealed class ImportOutcomesScenariosOnSqlite() : ImportOutcomesScenarios(DatabaseProvider.Sqlite);

public sealed class ImportOutcomesScenariosOnPostgres() : ImportOutcomesScenarios(DatabaseProvider.Postgres);
