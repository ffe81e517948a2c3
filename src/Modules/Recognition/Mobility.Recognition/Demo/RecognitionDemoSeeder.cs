using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Demo;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Placements.Contracts;
using Mobility.Placements.Contracts.Directory;
using Mobility.Recognition.Contracts;
using Mobility.Recognition.Data;
using Mobility.Recognition.Europass;
using Mobility.Recognition.Recognitions;
using Mobility.Recognition.Schemes;

namespace Mobility.Recognition.Demo;

/// <summary>
/// Recognises the learning outcomes of the demo consortia's completed learner placements (read through Placements'
/// and Enrolment's directories): a professional unit under the ECVET scheme and, where the qualification has one,
/// the optional mobility unit; agreed with the learning agreement, assessed by the host tutor, validated and
/// decided by the school; one placement in four gets its Europass Mobility document. Everything is derived from
/// the placement's id, and written in one transaction only when absent, so a second run changes nothing.
/// </summary>
internal sealed class RecognitionDemoSeeder(
    RecognitionDbContext db, IEnrolmentDirectory enrolment, IPlacementsDirectory placements, RecognitionSchemeCatalogue schemes,
    EuropassRecordBuilder europass) : IDemoDataSeeder
{
    private static readonly Guid[] Consortia = [Id("enrolment/consortium/capmob"), Id("enrolment/consortium/crafts")];

    public int Order => 300;

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken) => !await db.PlacementRecognitions.AnyAsync(cancellationToken);

    public async Task<string> SeedAsync(CancellationToken cancellationToken)
    {
        if (!await db.PlacementRecognitions.AnyAsync(cancellationToken))
        {
            var demo = await LoadAsync(cancellationToken);
            if (demo.Count > 0)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                foreach (var (placement, recognition) in demo)
                {
                    db.PlacementRecognitions.Add(recognition);
                    await db.SaveChangesAsync(cancellationToken);
                    foreach (var decision in recognition.Decisions)
                    {
                        db.Publish(RecognitionEvents.Decided(recognition, recognition.Unit(decision.UnitId), decision, Id($"recognition/event/decided/{decision.Id}")));
                    }

                    if (Number(placement.Id, 4) == 0)
                    {
                        await IssueEuropassAsync(recognition, cancellationToken);
                    }

                    await db.SaveChangesAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        return await DescribeAsync(cancellationToken);
    }

    private async Task<List<(PlacementSummary Placement, PlacementRecognition Recognition)>> LoadAsync(CancellationToken cancellationToken)
    {
        var members = (await enrolment.GetConsortiaAsync(Consortia, cancellationToken)).SelectMany(c => c.MemberIds).Distinct().ToList();
        var completed = (await placements.GetPlacementsSentByAsync(members, cancellationToken))
            .Where(p => p.Status == PlacementStatus.Completed && p.LearnerId is not null && p.SendingOrganisationId is not null)
            .ToList();
        var ids = completed.Select(p => p.Id).ToList();
        var learners = (await enrolment.GetLearnersAsync([.. completed.Select(p => p.LearnerId!.Value).Distinct()], cancellationToken)).ToDictionary(l => l.Id);
        var qualifications = (await enrolment.GetQualificationsAsync([.. learners.Values.Select(l => l.QualificationId).Distinct()], cancellationToken))
            .ToDictionary(q => q.Id);
        var tutors = (await placements.GetHostTutorsAsync(ids, cancellationToken)).ToDictionary(t => t.PlacementId);
        var agreements = (await placements.GetLearningAgreementsAsync(ids, cancellationToken)).ToDictionary(a => a.PlacementId);
        var result = new List<(PlacementSummary, PlacementRecognition)>();
        foreach (var placement in completed)
        {
            if (learners.GetValueOrDefault(placement.LearnerId!.Value) is not { } learner
                || qualifications.GetValueOrDefault(learner.QualificationId) is not { } qualification
                || agreements.GetValueOrDefault(placement.Id) is not { IsFullySigned: true } agreement
                || tutors.GetValueOrDefault(placement.Id) is not { } tutor)
            {
                continue;
            }

            result.Add((placement, Recognise(placement, qualification, agreement, tutor)));
        }

        return result;
    }

    private PlacementRecognition Recognise(PlacementSummary placement, QualificationSummary qualification, LearningAgreementSummary agreement, HostTutorSummary tutor)
    {
        var key = placement.Id;
        var snapshot = new PlacementSnapshot(placement.Id, placement.LearnerId!.Value, placement.SendingOrganisationId!.Value, placement.HostOrganisationId,
            placement.StartsOn, placement.EndsOn, tutor.Name, tutor.Email, qualification.Id, qualification.NationalName, qualification.EqfLevel);
        var recognition = PlacementRecognition.Open(Id($"recognition/placement-recognition/{key}"), snapshot, agreement.DraftedAt);
        var professional = DemoOutcomes.ProfessionalUnit(qualification);
        var units = new List<UnitOfLearningOutcomes>();
        if (professional is not null)
        {
            var (knowledge, skills, competences) = DemoOutcomes.Statements(professional, placement.DestinationCity);
            units.Add(recognition.DefineUnit(Id($"recognition/unit/{key}/{professional.Code}"), PlacementStatus.Planned, professional,
                $"{professional.Title} – {placement.DestinationCity}", knowledge, skills, competences, null, schemes.Get("ecvet-unit")));
        }

        if (qualification.Units.FirstOrDefault(u => u.IsOptional && u.Code == "UFM") is { } ufm)
        {
            units.Add(recognition.DefineUnit(Id($"recognition/unit/{key}/UFM"), PlacementStatus.Planned, ufm, DemoOutcomes.UfmTitle,
                DemoOutcomes.UfmKnowledge, DemoOutcomes.UfmSkills, DemoOutcomes.UfmCompetences, null, schemes.Get("ufm-fr")));
        }

        var lastSignature = new[] { agreement.Participant, agreement.SendingSchool, agreement.Host }.Max(s => s!.SignedAt);
        recognition.AgreeUnits(agreement.Version, lastSignature);
        var heldOn = placement.EndsOn.AddDays(-Number(key, 3));
        var grades = units.Select((u, i) => u.SchemeCode == "ufm-fr"
            ? new HostGradeInput(u.Id, UfmLevel(Mark(key, i)), Mark(key, i), DemoOutcomes.Evidence, DemoOutcomes.Comment(Number(key, 5)))
            : new HostGradeInput(u.Id, EcvetLevel(Number(key, 100, i)), null, DemoOutcomes.Evidence, DemoOutcomes.Comment(Number(key, 5, i)))).ToList();
        recognition.RecordHostAssessment(
            new HostAssessmentInput((AssessmentMethod)Number(key, 3, 7), heldOn, DemoOutcomes.HostLanguage(placement.DestinationCountry),
                Number(key, 3, 8) == 0, Number(key, 2, 9) == 0, null, grades),
            tutor.Name, PlacementStatus.Completed, placement.EndsOn, schemes.Get);
        recognition.SubmitHostAssessment(At(placement.EndsOn, 2), schemes.Get);
        var schoolHeldOn = placement.EndsOn.AddDays(20 + Number(key, 60));
        foreach (var unit in units.Where(u => u.SchemeCode == "ufm-fr"))
        {
            var mark = Mark(key, 11);
            recognition.RecordSchoolPart(unit.Id, UfmLevel(mark), mark, "Oral presentation of the stay to the jury.", schoolHeldOn,
                "Jury de l'unité facultative de mobilité", schoolHeldOn, schemes.Get(unit.SchemeCode));
        }

        recognition.Validate("Référent mobilité de l'établissement", null, At(schoolHeldOn, 3), schemes.Get);
        foreach (var unit in units)
        {
            var result = unit.Result(schemes.Get(unit.SchemeCode));
            var outcome = !result.Passed
                ? RecognitionOutcome.NotRecognised
                : unit.SchemeCode == "ufm-fr"
                    ? RecognitionOutcome.CreditedTowardQualification
                    : Number(key, 2, 12) == 0 ? RecognitionOutcome.CountedInContinuousAssessment : RecognitionOutcome.RecordedInTranscript;
            recognition.Decide(Id($"recognition/decision/{unit.Id}/1"), unit.Id, outcome,
                result.Passed ? null : "The level required was not reached at the host.", "Référent mobilité de l'établissement", null,
                At(schoolHeldOn, 4), schemes.Get(unit.SchemeCode));
        }

        return recognition;
    }

    private async Task IssueEuropassAsync(PlacementRecognition recognition, CancellationToken cancellationToken)
    {
        var id = Id($"recognition/europass/{recognition.PlacementId}");
        var issuedAt = recognition.Decisions.Max(d => d.DecidedAt).AddDays(1);
        var number = EuropassDocument.NumberFor(id, issuedAt);
        var record = await europass.BuildAsync(recognition, number, DateOnly.FromDateTime(issuedAt), "fr", "Référent mobilité de l'établissement", cancellationToken);
        db.EuropassDocuments.Add(new EuropassDocument(id, recognition.Id, recognition.PlacementId, recognition.LearnerId, number,
            EuropassJson.WriteRecord(record), "Référent mobilité de l'établissement", issuedAt));
    }

    private async Task<string> DescribeAsync(CancellationToken cancellationToken)
    {
        var recognitions = await db.PlacementRecognitions.CountAsync(cancellationToken);
        var units = await db.Units.CountAsync(cancellationToken);
        var recognised = await db.Decisions.CountAsync(d => d.Outcome != RecognitionOutcome.NotRecognised, cancellationToken);
        var attestations = await db.Decisions.CountAsync(d => d.Attestation != null, cancellationToken);
        var documents = await db.EuropassDocuments.CountAsync(cancellationToken);
        var rules = await db.DecisionRules.CountAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture,
            $"Recognition: {recognitions} placements, {units} units agreed, {recognised} recognised ({attestations} MobilitéPro), {documents} Europass Mobility documents, {rules} decision rules");
    }

    private static string EcvetLevel(int percent) => percent switch
    {
        < 4 => "not-acquired",
        < 14 => "partly-acquired",
        < 64 => "acquired",
        _ => "mastered",
    };

    private static string UfmLevel(decimal mark) => mark switch
    {
        < 8 => "insufficient",
        < 10 => "fragile",
        < 15 => "satisfactory",
        _ => "very-good",
    };

    /// <summary>A mark from 7 to 19, most between 11 and 16, as the UFM's results run.</summary>
    private static decimal Mark(Guid key, int salt) => 7 + Number(key, 7, salt) + Number(key, 7, salt + 50);

    private static DateTime At(DateOnly day, int hour) => day.ToDateTime(new TimeOnly(8 + hour, 0), DateTimeKind.Utc);

    private static int Number(Guid key, int range, int salt = 0)
        => (int)((uint)Id($"recognition/random/{key}/{salt}").GetHashCode() % (uint)range);

    private static Guid Id(string name) => DeterministicGuid.Create(name);
}
