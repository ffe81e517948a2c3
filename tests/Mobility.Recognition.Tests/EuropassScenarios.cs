using System.Text.Json;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Recognition.Contracts;
using Mobility.Recognition.Europass;
using Mobility.Recognition.Recognitions;
using Mobility.TestKit;

namespace Mobility.Recognition.Tests;

public abstract class EuropassScenarios(DatabaseProvider provider) : RecognitionTestBase(provider)
{
    [Fact]
    public async Task The_Europass_Mobility_PDF_states_the_holder_the_partners_the_stay_and_the_assessed_units_in_French()
    {
        var story = await Host.PlannedPlacementAsync();
        var document = await IssuedAsync(story, "fr");

        var pdf = await Host.SendAsync(story.LearnerUser, new RenderEuropassPdf(document.Id, "fr"));

        var text = Normalise(await PdfText.TextAsync(pdf));
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        Assert.Contains("Europass Mobilité", text, StringComparison.Ordinal);
        Assert.Contains($"Numéro du document Europass Mobilité: {document.Number}", text, StringComparison.Ordinal);
        Assert.Contains("1. Le titulaire du document Europass Mobilité", text, StringComparison.Ordinal);
        Assert.Contains("Nom Martin", text, StringComparison.Ordinal);
        Assert.Contains("Prénom Camille", text, StringComparison.Ordinal);
        Assert.Contains("Date de naissance 14/03/2005", text, StringComparison.Ordinal);
        Assert.Contains("Lycée Guillaume Tirel Camille, Paris (France)", text, StringComparison.Ordinal);
        Assert.Contains("Trattoria Scuola Emilia Camille, Bologna (Italy)", text, StringComparison.Ordinal);
        Assert.Contains("Francesca Rossi, Head chef, francesca.rossi@host.example", text, StringComparison.Ordinal);
        Assert.Contains("Du 08/03/2027 au 26/03/2027 (19 jours)", text, StringComparison.Ordinal);
        Assert.Contains("Prepare the cold starters of the day's menu", text, StringComparison.Ordinal);
        Assert.Contains("5a. Aptitudes et compétences acquises", text, StringComparison.Ordinal);
        Assert.Contains("Cold starters in an Italian kitchen", text, StringComparison.Ordinal);
        Assert.Contains("Prepare three antipasti to the chef's standard", text, StringComparison.Ordinal);
        Assert.Contains("Niveau atteint Acquis", text, StringComparison.Ordinal);
        Assert.Contains("Note 13/20", text, StringComparison.Ordinal);
        Assert.Contains("prise en compte pour l'obtention du diplôme (MobilitéPro)", text, StringComparison.Ordinal);
        Assert.Contains("Preciso e puntuale.", text, StringComparison.Ordinal);
        Assert.Contains("Modalité sur place chez l'accueillant", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_document_reads_with_English_Spanish_and_German_headings()
    {
        var story = await Host.PlannedPlacementAsync();
        var document = await IssuedAsync(story, "en");
        var record = (await Host.SendAsync(story.Staff, new GetEuropassDocument(document.Id))).Record;

        string Html(string language) => System.Net.WebUtility.HtmlDecode(EuropassHtml.Render(record, language));
        Assert.Contains("5a. Skills and competences acquired during the Europass Mobility experience", Html("en"), StringComparison.Ordinal);
        Assert.Contains("5a. Capacidades y competencias adquiridas durante la experiencia Europass Movilidad", Html("es"), StringComparison.Ordinal);
        Assert.Contains("5a. Während des Europass Mobilitätsabschnitts erworbene Fähigkeiten und Kompetenzen", Html("de"), StringComparison.Ordinal);
        Assert.Contains("Nivel alcanzado</th><td>Adquirido", Html("es"), StringComparison.Ordinal);
        Assert.Contains("Erreichtes Niveau</th><td>Erworben", Html("de"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_European_Learning_Model_JSON_has_the_person_the_activity_and_one_achievement_per_unit_with_its_outcomes()
    {
        var story = await Host.PlannedPlacementAsync();
        var document = await IssuedAsync(story, "fr");
        var stored = await Host.SendAsync(story.Coordinator, new GetEuropassDocument(document.Id));

        using var elm = JsonDocument.Parse(EuropassJson.ToElm(stored.Record, stored.Id));

        var root = elm.RootElement;
        Assert.Equal(["VerifiableCredential", "EuropeanDigitalCredential"], root.GetProperty("type").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("http://publications.europa.eu/resource/authority/country/FRA",
            root.GetProperty("issuer").GetProperty("location")[0].GetProperty("address")[0].GetProperty("countryCode").GetProperty("id").GetString());
        var subject = root.GetProperty("credentialSubject");
        Assert.Equal(("Person", "Camille", "2005-03-14T00:00:00Z"), (subject.GetProperty("type").GetString(),
            subject.GetProperty("givenName").GetProperty("fr").GetString(), subject.GetProperty("dateOfBirth").GetString()));
        var claims = subject.GetProperty("hasClaim").EnumerateArray().ToList();
        Assert.Equal(["LearningActivity", "LearningAchievement", "LearningAchievement"], claims.Select(c => c.GetProperty("type").GetString()));
        Assert.Equal(("2027-03-08T00:00:00Z", "P19D"), (claims[0].GetProperty("temporal").GetProperty("startDate").GetString(), claims[0].GetProperty("workload").GetString()));
        var outcomes = claims[1].GetProperty("specifiedBy").GetProperty("learningOutcome").EnumerateArray().ToList();
        Assert.Equal(["knowledge", "skill", "skill", "competence"],
            outcomes.Select(o => o.GetProperty("learningOutcomeType").GetProperty("prefLabel").GetProperty("en").GetString()));
        Assert.Equal("13/20", claims[2].GetProperty("wasDerivedFrom")[0].GetProperty("grade").GetProperty("noteLiteral").GetProperty("fr").GetString());
        Assert.Equal("MobilitéPro", claims[2].GetProperty("awardedBy").GetProperty("educationalSystemNote").GetProperty("noteLiteral").GetProperty("fr").GetString());
        Assert.Equal("Preciso e puntuale.", claims[1].GetProperty("wasDerivedFrom")[0].GetProperty("additionalNote")[1].GetProperty("noteLiteral").GetProperty("it").GetString());
    }

    [Fact]
    public async Task A_document_is_issued_once_the_host_submitted_and_is_seen_only_by_those_who_see_the_placement()
    {
        var story = await Host.PlannedPlacementAsync();
        var other = await Host.PlannedPlacementAsync("Yanis");
        await Host.DefineProfessionalUnitAsync(story);
        await DomainAssert.ViolatesAsync("HOST_ASSESSMENT_NOT_SUBMITTED",
            () => Host.SendAsync(story.Staff, new IssueEuropassMobility(story.Placement, "fr")));
        await DomainAssert.RejectsAsync("language", "Predicate", () => Host.SendAsync(story.Staff, new IssueEuropassMobility(story.Placement, "it")));

        var document = await IssuedAsync(story, "fr", define: false);

        await Assert.ThrowsAsync<Mobility.BuildingBlocks.Domain.NotFoundException>(() => Host.SendAsync(other.LearnerUser, new GetEuropassDocument(document.Id)));
        await Assert.ThrowsAsync<Mobility.BuildingBlocks.Domain.NotFoundException>(() => Host.SendAsync(other.Staff, new RenderEuropassPdf(document.Id, "en")));
        Assert.Empty(await Host.SendAsync(other.Staff, new ListEuropassDocuments(story.Placement)));
        Assert.Equal(document.Id, Assert.Single(await Host.SendAsync(story.Tutor, new ListEuropassDocuments(story.Placement))).Id);
    }

    private async Task<EuropassDocument> IssuedAsync(Story story, string language, bool define = true)
    {
        Guid professional, ufm;
        if (define)
        {
            (professional, ufm) = await Host.AssessedAsync(story);
        }
        else
        {
            ufm = await Host.DefineUfmAsync(story);
            professional = (await Host.SendAsync(story.Staff, new GetPlacementRecognition(story.Placement)))!.Units.Single(u => u.Id != ufm).Id;
            await Host.SignLearningAgreementAsync(story);
            await Host.StartAsync(story);
            Host.Clock.Now = new DateTimeOffset(2027, 3, 25, 15, 0, 0, TimeSpan.Zero);
            await Host.SendAsync(story.Tutor, Given.HostAssessment(story, professional, ufm));
            await Host.SendAsync(story.Tutor, new SubmitHostAssessment(story.Placement));
            await Host.CompleteAsync(story);
        }

        Host.Clock.Now = new DateTimeOffset(2027, 4, 20, 10, 0, 0, TimeSpan.Zero);
        await Host.SendAsync(story.Staff, new RecordSchoolAssessment(ufm, "satisfactory", 12, null, new DateOnly(2027, 4, 20)));
        await Host.SendAsync(story.Staff, new ValidateAssessment(story.Placement));
        await Host.SendAsync(story.Staff, new DecideRecognition(ufm, RecognitionOutcome.CreditedTowardQualification, null));
        await Host.SendAsync(story.Staff, new DecideRecognition(professional, RecognitionOutcome.RecordedInTranscript, null));
        var id = await Host.SendAsync(story.Staff, new IssueEuropassMobility(story.Placement, language, "Claire Dubois"));
        return await Host.SendAsync(story.Staff, new GetEuropassDocument(id));
    }

    private static string Normalise(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}

public sealed class EuropassScenariosOnSqlite() : EuropassScenarios(DatabaseProvider.Sqlite);

public sealed class EuropassScenariosOnPostgres() : EuropassScenarios(DatabaseProvider.Postgres);
