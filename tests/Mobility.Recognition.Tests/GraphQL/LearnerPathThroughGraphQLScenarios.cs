using System.Net;
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
using Mobility.Placements.Lifecycle;

namespace Mobility.Recognition.Tests.GraphQL;

/// <summary>
/// A learner's whole path from the learning agreement to a recognised unit and their Europass Mobility, through the
/// running platform's GraphQL endpoint and download links, each person acting with their own API token from the
/// Access module: the school's staff appoint the host tutor, draft the learning agreement and propose the units; the
/// learner, the school and the host tutor each sign; the staff confirm, start and complete the placement; the host
/// tutor assesses and submits; the staff assess their part, validate, decide and issue the Europass Mobility, which
/// the learner downloads. Only the consortium, the learner, the call and selection, the host and the planned placement
/// are arranged through the use cases.
/// </summary>
public abstract class LearnerPathThroughGraphQLScenarios(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Password = "Correct-Horse-Battery-9";
    private const string Errors = "errors { __typename ... on AccessDeniedError { code } ... on BusinessRuleError { code } }";
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

        // Before departure, the school's staff appoint the host tutor, draft the learning agreement and propose the units.
        var appointed = await Platform.MutateAsync(staff, "appointHostTutor", "placement", $$"""
            mutation($input: AppointHostTutorInput!) { appointHostTutor(input: $input) { placement { hostTutor { email } } {{Errors}} } }
            """, new { input = new { placementId = placement, name = "Francesca Rossi", email = "francesca.rossi@host.example", position = "Head chef" } });
        Assert.Equal("francesca.rossi@host.example", appointed.GetProperty("hostTutor").GetProperty("email").GetString());
        await Platform.DispatchOutboxAsync();
        var drafted = await Platform.MutateAsync(staff, "draftLearningAgreement", "placement", $$"""
            mutation($input: DraftLearningAgreementInput!) { draftLearningAgreement(input: $input) { placement { learningAgreements { version draftedBy } } {{Errors}} } }
            """, new
        {
            input = new
            {
                placementId = placement, draftedBy = "Claire Dubois",
                objectives = new[] { new { description = "Prepare the cold starters of the day's menu", successIndicator = "The tutor observes three services without correction" } },
            },
        });
        Assert.Equal(1, Assert.Single(drafted.GetProperty("learningAgreements").EnumerateArray()).GetProperty("version").GetInt32());
        var define = $$"""
            mutation($input: DefineUnitOfLearningOutcomesInput!) { defineUnitOfLearningOutcomes(input: $input) { unitOfLearningOutcomes { id agreedInVersion } {{Errors}} } }
            """;
        var professionalUnit = Id(await Platform.MutateAsync(staff, "defineUnitOfLearningOutcomes", "unitOfLearningOutcomes", define, new
        {
            input = new
            {
                placementId = placement, qualificationUnitId = professional, title = "Cold starters in an Italian kitchen",
                knowledge = new[] { "Know the antipasti of the day's menu" }, skills = new[] { "Prepare three antipasti to the chef's standard" },
                competences = new[] { "Take responsibility for the cold station during service" }, schemeCode = "ecvet-unit", ecvetPoints = 3,
            },
        }));
        var ufmUnit = Id(await Platform.MutateAsync(staff, "defineUnitOfLearningOutcomes", "unitOfLearningOutcomes", define, new
        {
            input = new
            {
                placementId = placement, qualificationUnitId = ufm, title = "Optional mobility unit", knowledge = Array.Empty<string>(),
                skills = new[] { "Carry out the tasks entrusted by the tutor (C1)", "Compare the host's practices with those learnt in France (C3)" },
                competences = Array.Empty<string>(), schemeCode = "ufm-fr", ecvetPoints = (decimal?)null,
            },
        }));

        // The learner, the school and the host tutor each sign with their own token; another host's tutor may not.
        var sign = $$"""
            mutation($input: SignLearningAgreementInput!) { signLearningAgreement(input: $input) { placement { id } {{Errors}} } }
            """;
        Assert.Equal(("NotFoundError", null), await Platform.RefusalAsync(otherTutor, "signLearningAgreement", "placement", sign,
            new { input = new { placementId = placement, party = "HOST", signedBy = "Jana Becker" } }));
        Assert.Equal(("AccessDeniedError", "ACCESS_DENIED"), await Platform.RefusalAsync(pupil, "signLearningAgreement", "placement", sign,
            new { input = new { placementId = placement, party = "SENDING_SCHOOL", signedBy = "Camille Martin" } }));
        var unsigned = await AgreementAsync(staff, placement);
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (unsigned.GetProperty("hostSignedBy").ValueKind, unsigned.GetProperty("sendingSchoolSignedBy").ValueKind));
        await Platform.MutateAsync(pupil, "signLearningAgreement", "placement", sign, new { input = new { placementId = placement, party = "PARTICIPANT", signedBy = "Camille Martin" } });
        await Platform.MutateAsync(staff, "signLearningAgreement", "placement", sign, new { input = new { placementId = placement, party = "SENDING_SCHOOL", signedBy = "Claire Dubois" } });
        await Platform.MutateAsync(tutor, "signLearningAgreement", "placement", sign, new { input = new { placementId = placement, party = "HOST", signedBy = "Francesca Rossi" } });
        var signed = await AgreementAsync(staff, placement);
        Assert.Equal(("Camille Martin", "Claire Dubois", "Francesca Rossi"), (signed.GetProperty("participantSignedBy").GetString(),
            signed.GetProperty("sendingSchoolSignedBy").GetString(), signed.GetProperty("hostSignedBy").GetString()));
        await Platform.DispatchOutboxAsync();
        var seen = (await Platform.DataAsync(pupil, $$"""{ placementRecognition(placementId: "{{placement}}") { agreedVersion units { agreedInVersion } } }"""))
            .GetProperty("placementRecognition");
        Assert.Equal(1, seen.GetProperty("agreedVersion").GetInt32());
        Assert.All(seen.GetProperty("units").EnumerateArray(), u => Assert.Equal(1, u.GetProperty("agreedInVersion").GetInt32()));

        // The school confirms the placement and starts it on its first day.
        var lifecycle = (string name) => $$"""
            mutation($input: {{char.ToUpperInvariant(name[0])}}{{name[1..]}}Input!) { {{name}}(input: $input) { placement { status } {{Errors}} } }
            """;
        Assert.Equal("CONFIRMED", (await Platform.MutateAsync(staff, "confirmPlacement", "placement", lifecycle("confirmPlacement"),
            new { input = new { placementId = placement } })).GetProperty("status").GetString());
        Platform.Clock.Now = new DateTimeOffset(2027, 3, 8, 8, 0, 0, TimeSpan.Zero);
        Assert.Equal("IN_PROGRESS", (await Platform.MutateAsync(staff, "startPlacement", "placement", lifecycle("startPlacement"),
            new { input = new { placementId = placement } })).GetProperty("status").GetString());

        // Abroad, the host tutor assesses; another host's tutor and the coordinator are refused and change nothing.
        Platform.Clock.Now = new DateTimeOffset(2027, 3, 25, 15, 0, 0, TimeSpan.Zero);
        var assess = $$"""
            mutation($input: RecordHostAssessmentInput!) { recordHostAssessment(input: $input) { placementRecognition { assessment { status language } } {{Errors}} } }
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
        // Another placement's tutor is told nothing exists, as a lookup answers them null; the coordinator sees it but may not assess.
        Assert.Equal(("NotFoundError", null), await Platform.RefusalAsync(otherTutor, "recordHostAssessment", "placementRecognition", assess, grid));
        Assert.Equal(("AccessDeniedError", "ACCESS_DENIED"), await Platform.RefusalAsync(coordinator, "recordHostAssessment", "placementRecognition", assess, grid));
        Assert.Equal(JsonValueKind.Null, (await Platform.DataAsync(otherTutor, $$"""{ placementRecognition(placementId: "{{placement}}") { agreedVersion } }"""))
            .GetProperty("placementRecognition").ValueKind);
        Assert.Equal("NOT_STARTED", (await AssessmentAsync(staff, placement)).GetProperty("status").GetString());
        var draft = (await Platform.MutateAsync(tutor, "recordHostAssessment", "placementRecognition", assess, grid)).GetProperty("assessment");
        Assert.Equal(("DRAFT", "it"), (draft.GetProperty("status").GetString(), draft.GetProperty("language").GetString()));
        var submit = $$"""
            mutation($input: SubmitHostAssessmentInput!) { submitHostAssessment(input: $input) { placementRecognition { assessment { status } } {{Errors}} } }
            """;
        Assert.Equal(("NotFoundError", null), await Platform.RefusalAsync(otherTutor, "submitHostAssessment", "placementRecognition", submit,
            new { input = new { placementId = placement } }));
        Assert.Equal("DRAFT", (await AssessmentAsync(staff, placement)).GetProperty("status").GetString());
        Assert.Equal("SUBMITTED", (await Platform.MutateAsync(tutor, "submitHostAssessment", "placementRecognition", submit,
            new { input = new { placementId = placement } })).GetProperty("assessment").GetProperty("status").GetString());
        Assert.Equal(("BusinessRuleError", "ASSESSMENT_ALREADY_SUBMITTED"), await Platform.RefusalAsync(tutor, "recordHostAssessment", "placementRecognition", assess, grid));

        // On the last day the school completes the placement; back home it holds its part of the optional mobility unit,
        // validates and decides; the host tutor may not decide.
        Platform.Clock.Now = new DateTimeOffset(2027, 3, 26, 18, 0, 0, TimeSpan.Zero);
        Assert.Equal("COMPLETED", (await Platform.MutateAsync(staff, "completePlacement", "placement", lifecycle("completePlacement"),
            new { input = new { placementId = placement } })).GetProperty("status").GetString());
        Platform.Clock.Now = new DateTimeOffset(2027, 4, 20, 10, 0, 0, TimeSpan.Zero);
        await Platform.MutateAsync(staff, "recordSchoolAssessment", "placementRecognition", $$"""
            mutation($input: RecordSchoolAssessmentInput!) { recordSchoolAssessment(input: $input) { placementRecognition { placementId } {{Errors}} } }
            """, new { input = new { placementId = placement, unitId = ufmUnit, level = "satisfactory", mark = 12, comment = "Clear oral presentation", heldOn = "2027-04-20" } });
        var validated = await Platform.MutateAsync(staff, "validateAssessment", "placementRecognition", $$"""
            mutation($input: ValidateAssessmentInput!) { validateAssessment(input: $input) { placementRecognition { validatedBy } {{Errors}} } }
            """, new { input = new { placementId = placement } });
        Assert.Equal("claire.dubois@lycee.example", validated.GetProperty("validatedBy").GetString());
        var decide = $$"""
            mutation($input: DecideRecognitionInput!) { decideRecognition(input: $input) { unitOfLearningOutcomes { decision { outcome finalMark attestation decidedBy } } {{Errors}} } }
            """;
        var credit = new { input = new { placementId = placement, unitId = ufmUnit, outcome = "CREDITED_TOWARD_QUALIFICATION", reason = (string?)null } };
        Assert.Equal(("AccessDeniedError", "ACCESS_DENIED"), await Platform.RefusalAsync(tutor, "decideRecognition", "unitOfLearningOutcomes", decide, credit));
        Assert.Equal(JsonValueKind.Null, (await UnitsAsync(staff, placement))["UFM"].ValueKind);
        var decision = (await Platform.MutateAsync(staff, "decideRecognition", "unitOfLearningOutcomes", decide, credit)).GetProperty("decision");
        Assert.Equal(("CREDITED_TOWARD_QUALIFICATION", 13m, "MobilitéPro", "claire.dubois@lycee.example"), (decision.GetProperty("outcome").GetString(),
            decision.GetProperty("finalMark").GetDecimal(), decision.GetProperty("attestation").GetString(), decision.GetProperty("decidedBy").GetString()));
        await Platform.MutateAsync(staff, "decideRecognition", "unitOfLearningOutcomes", decide,
            new { input = new { placementId = placement, unitId = professionalUnit, outcome = "COUNTED_IN_CONTINUOUS_ASSESSMENT", reason = (string?)null } });
        var document = await Platform.MutateAsync(staff, "issueEuropassMobility", "europassMobilityDocument", $$"""
            mutation($input: IssueEuropassMobilityInput!) { issueEuropassMobility(input: $input) { europassMobilityDocument { id number downloadUrl(language: "fr") } {{Errors}} } }
            """, new { input = new { placementId = placement, language = "fr", referencePerson = "Claire Dubois" } });

        // The learner reads their recognised unit and their Europass Mobility; the coordinator reads the figures.
        var mine = await Platform.DataAsync(pupil, $$"""
            { placementRecognition(placementId: "{{placement}}") { units { qualificationUnitCode decision { outcome attestation } } }
              europassDocuments(placementId: "{{placement}}") { number html(language: "fr") } }
            """);
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

        // The learner downloads the PDF from the link GraphQL gave; someone else's tutor is told it does not exist.
        var downloadUrl = document.GetProperty("downloadUrl").GetString()!;
        Assert.Equal($"/europass/{Id(document)}.pdf?lang=fr", downloadUrl);
        var byId = (await Platform.DataAsync(pupil, $$"""{ europassDocument(id: "{{Id(document)}}") { number downloadUrl } }""")).GetProperty("europassDocument");
        Assert.Equal(downloadUrl.Replace("lang=fr", "lang=en", StringComparison.Ordinal), byId.GetProperty("downloadUrl").GetString());
        using var pdf = await Platform.GetAsync(pupil, downloadUrl);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"europass-mobility-camille-martin-{document.GetProperty("number").GetString()}-fr.pdf", pdf.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var text = await PdfText.TextAsync(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains($"Numéro du document Europass Mobilité: {document.GetProperty("number").GetString()}", text, StringComparison.Ordinal);
        Assert.Matches(@"Prénom\s+Camille", text);
        Assert.Matches(@"Tuteur\s+Francesca Rossi, Head chef", text);
        Assert.Contains("Cold starters in an Italian kitchen", text, StringComparison.Ordinal);
        using (var refused = await Platform.GetAsync(otherTutor, downloadUrl))
        {
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        using (var anonymous = await Platform.GetAsync(null, downloadUrl))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using (var klingon = await Platform.GetAsync(pupil, $"/europass/{Id(document)}.pdf?lang=tlh"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, klingon.StatusCode);
            Assert.Contains("en, fr, es, de", await klingon.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The school's staff, signed in with the session cookie, download the English HTML page; the coordinator the ELM JSON.
        using var browser = await Platform.SignedInBrowserAsync("claire.dubois@lycee.example", Password);
        using var html = await browser.GetAsync(new Uri($"/europass/{Id(document)}.html?lang=en", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal($"europass-mobility-camille-martin-{document.GetProperty("number").GetString()}-en.html", html.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Contains("Cold starters in an Italian kitchen", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var json = await Platform.GetAsync(coordinator, $"/europass/{Id(document)}.json");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        using var elm = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.True(elm.RootElement.TryGetProperty("@context", out _), "The JSON download is a JSON-LD credential.");
    }

    private static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();

    private async Task<JsonElement> AgreementAsync(string token, Guid placement)
        => (await Platform.DataAsync(token, $$"""
            { placement(id: "{{placement}}") { learningAgreements { participantSignedBy sendingSchoolSignedBy hostSignedBy } } }
            """)).GetProperty("placement").GetProperty("learningAgreements")[0];

    private async Task<JsonElement> AssessmentAsync(string token, Guid placement)
        => (await Platform.DataAsync(token, $$"""{ placementRecognition(placementId: "{{placement}}") { assessment { status } } }"""))
            .GetProperty("placementRecognition").GetProperty("assessment");

    private async Task<Dictionary<string, JsonElement>> UnitsAsync(string token, Guid placement)
        => (await Platform.DataAsync(token, $$"""{ placementRecognition(placementId: "{{placement}}") { units { qualificationUnitCode decision { outcome } } } }"""))
            .GetProperty("placementRecognition").GetProperty("units").EnumerateArray()
            .ToDictionary(u => u.GetProperty("qualificationUnitCode").GetString()!, u => u.GetProperty("decision"));

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
        await Platform.DispatchOutboxAsync();
        return (consortium, school, learner, placement, professional, ufm);
    }
}

public sealed class LearnerPathThroughGraphQLScenariosOnSqlite() : LearnerPathThroughGraphQLScenarios(DatabaseProvider.Sqlite);

public sealed class LearnerPathThroughGraphQLScenariosOnPostgres() : LearnerPathThroughGraphQLScenarios(DatabaseProvider.Postgres);
