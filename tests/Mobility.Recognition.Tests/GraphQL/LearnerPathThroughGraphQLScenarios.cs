using System.Text.Json;
using Mobility.Access.Tokens;
using Mobility.Access.Users;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Calls;
using Mobility.Enrolment.Consortia;
using Mobility.Enrolment.Learners;
using Mobility.Enrolment.Organisations;
using Mobility.Enrolment.Qualifications;
using Mobility.Placements.Contracts;
using Mobility.Placements.HostOrganisations;
using Mobility.Placements.LearningAgreements;
using Mobility.Placements.Lifecycle;

namespace Mobility.Recognition.Tests.GraphQL;

/// <summary>
/// A learner's whole path from the learning agreement to a recognised unit through the running platform's GraphQL
/// endpoint, each person acting with their own API token from the Access module: the school's staff propose the
/// units, the learner follows, the host tutor assesses, the staff validate and decide, the coordinator reads the
/// figures. The consortium, the learner, and the placement's own steps (learning agreement, confirmation, start,
/// end) are arranged through Enrolment's and Placements' use cases.
/// </summary>
public abstract class LearnerPathThroughGraphQLScenarios(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Password = "Correct-Horse-Battery-9";
    private RecognitionPlatform? _platform;

    private RecognitionPlatform Platform => _platform!;

    public async Task InitializeAsync() => _platform = await RecognitionPlatform.StartAsync(provider);

    public async Task DisposeAsync()
    {
        if (_platform is not null)
        {
            await _platform.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_learner_goes_from_the_learning_agreement_to_a_recognised_unit_each_actor_with_their_own_token()
    {
        var (consortium, school, learner, placement, professional, ufm) = await ArrangeAsync();
        var staff = await TokenAsync("claire.dubois@lycee.example", [PlatformRole.SchoolStaff], worksAt: [school]);
        var coordinator = await TokenAsync("coordination@gip.example", [PlatformRole.ConsortiumCoordinator], coordinates: [consortium]);
        var tutor = await TokenAsync("francesca.rossi@host.example", [PlatformRole.HostTutor]);
        var otherTutor = await TokenAsync("jana.becker@other-host.example", [PlatformRole.HostTutor]);
        var pupil = await TokenAsync("camille.martin@eleve.example", [PlatformRole.Learner], learnerId: learner);

        // Before departure, the school's staff propose the units of learning outcomes.
        const string define = """
            mutation($input: DefineUnitOfLearningOutcomesInput!) { defineUnitOfLearningOutcomes(input: $input) { id agreedInVersion } }
            """;
        var professionalUnit = Id((await Platform.DataAsync(staff, define, new
        {
            input = new
            {
                placementId = placement, qualificationUnitId = professional, title = "Cold starters in an Italian kitchen",
                knowledge = new[] { "Know the antipasti of the day's menu" }, skills = new[] { "Prepare three antipasti to the chef's standard" },
                competences = new[] { "Take responsibility for the cold station during service" }, schemeCode = "ecvet-unit", ecvetPoints = 3,
            },
        })).GetProperty("defineUnitOfLearningOutcomes"));
        var ufmUnit = Id((await Platform.DataAsync(staff, define, new
        {
            input = new
            {
                placementId = placement, qualificationUnitId = ufm, title = "Optional mobility unit", knowledge = Array.Empty<string>(),
                skills = new[] { "Carry out the tasks entrusted by the tutor (C1)", "Compare the host's practices with those learnt in France (C3)" },
                competences = Array.Empty<string>(), schemeCode = "ufm-fr", ecvetPoints = (decimal?)null,
            },
        })).GetProperty("defineUnitOfLearningOutcomes"));

        // The learning agreement is signed by the learner, the school and the host; the units are agreed in it.
        await SignLearningAgreementAsync(placement);
        var seen = (await Platform.DataAsync(pupil, $$"""{ placementRecognition(placementId: "{{placement}}") { agreedVersion units { agreedInVersion } } }"""))
            .GetProperty("placementRecognition");
        Assert.Equal(1, seen.GetProperty("agreedVersion").GetInt32());
        Assert.All(seen.GetProperty("units").EnumerateArray(), u => Assert.Equal(1, u.GetProperty("agreedInVersion").GetInt32()));

        // Abroad, the host tutor assesses; another host's tutor and the coordinator are refused.
        await Platform.SendAsync(new ConfirmPlacement(placement));
        Platform.Clock.Now = new DateTimeOffset(2027, 3, 8, 8, 0, 0, TimeSpan.Zero);
        await Platform.SendAsync(new StartPlacement(placement));
        Platform.Clock.Now = new DateTimeOffset(2027, 3, 25, 15, 0, 0, TimeSpan.Zero);
        const string assess = """
            mutation($input: RecordHostAssessmentInput!) { recordHostAssessment(input: $input) { assessment { status language } } }
            """;
        var grid = new
        {
            input = new
            {
                placementId = placement, method = "ON_SITE", heldOn = "2027-03-25", language = "it", sendingCompanyTookPart = false,
                schoolTeacherTookPart = true, otherParticipants = "Prof. Dubois by video call",
                grades = new object[]
                {
                    new { unitId = professionalUnit, level = "acquired", mark = (decimal?)null, evidence = "Three services observed", comment = "Preciso e puntuale." },
                    new { unitId = ufmUnit, level = "satisfactory", mark = (decimal?)14, evidence = "Griglia nazionale", comment = "Buona integrazione." },
                },
            },
        };
        Assert.Equal("ACCESS_DENIED", await Platform.ErrorCodeAsync(otherTutor, assess, grid));
        Assert.Equal("AUTH_NOT_AUTHORIZED", await Platform.ErrorCodeAsync(coordinator, assess, grid));
        Assert.Equal(JsonValueKind.Null, (await Platform.DataAsync(otherTutor, $$"""{ placementRecognition(placementId: "{{placement}}") { agreedVersion } }"""))
            .GetProperty("placementRecognition").ValueKind);
        var draft = (await Platform.DataAsync(tutor, assess, grid)).GetProperty("recordHostAssessment").GetProperty("assessment");
        Assert.Equal(("DRAFT", "it"), (draft.GetProperty("status").GetString(), draft.GetProperty("language").GetString()));
        await Platform.DataAsync(tutor, $$"""mutation { submitHostAssessment(placementId: "{{placement}}") { assessment { status } } }""");
        Assert.Equal("ASSESSMENT_ALREADY_SUBMITTED", await Platform.ErrorCodeAsync(tutor, assess, grid));

        // Back home, the school holds its part of the optional mobility unit, validates and decides.
        Platform.Clock.Now = new DateTimeOffset(2027, 3, 26, 18, 0, 0, TimeSpan.Zero);
        await Platform.SendAsync(new CompletePlacement(placement));
        Platform.Clock.Now = new DateTimeOffset(2027, 4, 20, 10, 0, 0, TimeSpan.Zero);
        await Platform.DataAsync(staff, """
            mutation($input: RecordSchoolAssessmentInput!) { recordSchoolAssessment(input: $input) { placementId } }
            """, new { input = new { placementId = placement, unitId = ufmUnit, level = "satisfactory", mark = 12, comment = "Clear oral presentation", heldOn = "2027-04-20" } });
        await Platform.DataAsync(staff, $$"""mutation { validateAssessment(placementId: "{{placement}}") { validatedBy } }""");
        const string decide = """
            mutation($input: DecideRecognitionInput!) { decideRecognition(input: $input) { decision { outcome finalMark attestation decidedBy } } }
            """;
        Assert.Equal("AUTH_NOT_AUTHORIZED", await Platform.ErrorCodeAsync(tutor, decide,
            new { input = new { placementId = placement, unitId = ufmUnit, outcome = "CREDITED_TOWARD_QUALIFICATION", reason = (string?)null } }));
        var decision = (await Platform.DataAsync(staff, decide,
            new { input = new { placementId = placement, unitId = ufmUnit, outcome = "CREDITED_TOWARD_QUALIFICATION", reason = (string?)null } }))
            .GetProperty("decideRecognition").GetProperty("decision");
        Assert.Equal(("CREDITED_TOWARD_QUALIFICATION", 13m, "MobilitéPro", "claire.dubois@lycee.example"), (decision.GetProperty("outcome").GetString(),
            decision.GetProperty("finalMark").GetDecimal(), decision.GetProperty("attestation").GetString(), decision.GetProperty("decidedBy").GetString()));
        await Platform.DataAsync(staff, decide,
            new { input = new { placementId = placement, unitId = professionalUnit, outcome = "COUNTED_IN_CONTINUOUS_ASSESSMENT", reason = (string?)null } });
        var document = (await Platform.DataAsync(staff, """
            mutation($input: IssueEuropassMobilityInput!) { issueEuropassMobility(input: $input) { id number } }
            """, new { input = new { placementId = placement, language = "fr", referencePerson = "Claire Dubois" } })).GetProperty("issueEuropassMobility");

        // The learner reads their recognised unit and their Europass Mobility; the coordinator reads the figures.
        var mine = (await Platform.DataAsync(pupil, $$"""
            { placementRecognition(placementId: "{{placement}}") { units { qualificationUnitCode decision { outcome attestation } } }
              europassDocuments(placementId: "{{placement}}") { number html(language: "fr") } }
            """));
        var units = mine.GetProperty("placementRecognition").GetProperty("units").EnumerateArray()
            .ToDictionary(u => u.GetProperty("qualificationUnitCode").GetString()!, u => u.GetProperty("decision"));
        Assert.Equal(("CREDITED_TOWARD_QUALIFICATION", "MobilitéPro"), (units["UFM"].GetProperty("outcome").GetString(), units["UFM"].GetProperty("attestation").GetString()));
        Assert.Equal("COUNTED_IN_CONTINUOUS_ASSESSMENT", units["EP2"].GetProperty("outcome").GetString());
        var europass = Assert.Single(mine.GetProperty("europassDocuments").EnumerateArray());
        Assert.Equal(document.GetProperty("number").GetString(), europass.GetProperty("number").GetString());
        Assert.Contains("Cold starters in an Italian kitchen", europass.GetProperty("html").GetString(), StringComparison.Ordinal);
        var figures = (await Platform.DataAsync(coordinator, "{ recognitionStatistics { placements agreedUnits recognisedUnits attestations } }"))
            .GetProperty("recognitionStatistics");
        Assert.Equal((1, 2, 2, 1), (figures.GetProperty("placements").GetInt32(), figures.GetProperty("agreedUnits").GetInt32(),
            figures.GetProperty("recognisedUnits").GetInt32(), figures.GetProperty("attestations").GetInt32()));
    }

    private static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();

    private async Task<string> TokenAsync(string email, PlatformRole[] roles, Guid[]? worksAt = null, Guid[]? coordinates = null, Guid? learnerId = null)
    {
        await Platform.SendAsync(new CreateUser(email, roles, Password, Coordinates: coordinates, WorksAt: worksAt, LearnerId: learnerId));
        return (await Platform.SendAsync(new CreateApiToken(email, "recognition test", 366))).Secret;
    }

    private async Task<(Guid Consortium, Guid School, Guid Learner, Guid Placement, Guid Professional, Guid Ufm)> ArrangeAsync()
    {
        var gip = await Platform.SendAsync(new RegisterOrganisation("GIP-FCIP de Paris", OrganisationKind.PublicAuthority, "FR", "Paris"));
        var consortium = await Platform.SendAsync(new CreateConsortium(
            "Paris consortium", "2026-1-FR01-KA121-000101", new DateOnly(2026, 6, 1), new DateOnly(2028, 5, 31), gip));
        var school = await Platform.SendAsync(new RegisterOrganisation("Lycée Guillaume Tirel", OrganisationKind.VocationalSchool, "FR", "Paris"));
        await Platform.SendAsync(new AddConsortiumMember(consortium, school, new DateOnly(2026, 6, 1)));
        var qualification = await Platform.SendAsync(new RegisterQualification("CAP Cuisine", "CAP", "FR", 3, "1013"));
        var professional = await Platform.SendAsync(new AddQualificationUnit(qualification, "EP2", "Réalisation professionnelle – cuisine"));
        var ufm = await Platform.SendAsync(new AddQualificationUnit(qualification, "UFM", "Unité facultative de mobilité", IsOptional: true));
        var learner = await Platform.SendAsync(new RegisterLearner("Camille", "Martin", new DateOnly(2005, 3, 14), Gender.Female, "FR", school, qualification, 2));
        var call = await Platform.SendAsync(new OpenMobilityCall(
            consortium, "Spring placements 2027", new DateOnly(2026, 8, 15), new DateOnly(2026, 9, 30), new DateOnly(2027, 3, 1),
            new DateOnly(2027, 4, 15), 30, [new OpenMobilityCall.Criterion("Motivation", 1)]));
        var application = await Platform.SendAsync(new SubmitApplication(call, learner, "Camille Martin"));
        await Platform.SendAsync(new ShortlistApplication(application, "Strong motivation", "Selection committee"));
        await Platform.SendAsync(new SelectApplication(application, "Ranked within the places", "Selection committee"));
        await Platform.DispatchOutboxAsync();
        var host = await Platform.SendAsync(new CreateHostOrganisation(
            "Trattoria Scuola Emilia", HostOrganisationKind.Company, "IT", "Bologna", 44.4949, 11.3426, "Hospitality", "Francesca Rossi", "francesca.rossi@host.example"));
        var placement = await Platform.SendAsync(new PlanPlacement(
            PlacementKind.ShortTermLearner, 2026, host, new DateOnly(2027, 3, 8), new DateOnly(2027, 3, 26), LearnerId: learner));
        await Platform.SendAsync(new AppointHostTutor(placement, "Francesca Rossi", "francesca.rossi@host.example", "Head chef"));
        await Platform.DispatchOutboxAsync();
        return (consortium, school, learner, placement, professional, ufm);
    }

    private async Task SignLearningAgreementAsync(Guid placement)
    {
        await Platform.SendAsync(new DraftLearningAgreement(placement, [new ObjectiveInput(
            "Prepare the cold starters of the day's menu", "The tutor observes three services without correction")], "Claire Dubois"));
        await Platform.SendAsync(new SignLearningAgreement(placement, LearningAgreementParty.Participant, "Camille Martin"));
        await Platform.SendAsync(new SignLearningAgreement(placement, LearningAgreementParty.SendingSchool, "Claire Dubois"));
        await Platform.SendAsync(new SignLearningAgreement(placement, LearningAgreementParty.Host, "Francesca Rossi"));
        await Platform.DispatchOutboxAsync();
    }
}

public sealed class LearnerPathThroughGraphQLScenariosOnSqlite() : LearnerPathThroughGraphQLScenarios(DatabaseProvider.Sqlite);

public sealed class LearnerPathThroughGraphQLScenariosOnPostgres() : LearnerPathThroughGraphQLScenarios(DatabaseProvider.Postgres);
