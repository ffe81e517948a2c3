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
using Mobility.Recognition.Recognitions;
using Mobility.TestKit;

namespace Mobility.Recognition.Tests;

/// <summary>A learner of a CAP Cuisine (with the optional mobility unit) at a Paris school, placed in Bologna, and the people involved.</summary>
internal sealed record Story(
    Guid Consortium, Guid School, Guid Qualification, Guid ProfessionalUnit, Guid Ufm, Guid Learner, Guid Placement, Guid Host,
    Viewer Coordinator, Viewer Staff, Viewer Tutor, Viewer LearnerUser);

/// <summary>
/// Arranges the usual starting points through the modules' own use cases. The clock reads 1 September 2026; the stay
/// runs from 8 to 26 March 2027.
/// </summary>
internal static class Given
{
    public const string TutorEmail = "francesca.rossi@host.example";
    public static readonly DateOnly StartsOn = new(2027, 3, 8);
    public static readonly DateOnly EndsOn = new(2027, 3, 26);

    public static async Task<Story> PlannedPlacementAsync(this ModuleTestHost host, string learnerName = "Camille", string tutorEmail = TutorEmail)
    {
        var coordinatorOrganisation = await host.SendAsync(new RegisterOrganisation($"GIP-FCIP de Paris {learnerName}", OrganisationKind.PublicAuthority, "FR", "Paris"));
        var consortium = await host.SendAsync(new CreateConsortium(
            $"Paris consortium {learnerName}", $"2026-1-FR01-KA121-{Math.Abs(learnerName.GetHashCode(StringComparison.Ordinal)) % 1000000:D6}",
            new DateOnly(2026, 6, 1), new DateOnly(2028, 5, 31), coordinatorOrganisation));
        var school = await host.SendAsync(new RegisterOrganisation($"Lycée Guillaume Tirel {learnerName}", OrganisationKind.VocationalSchool, "FR", "Paris"));
        await host.SendAsync(new AddConsortiumMember(consortium, school, new DateOnly(2026, 6, 1)));
        var qualification = await host.SendAsync(new RegisterQualification($"CAP Cuisine {learnerName}", "CAP", "FR", 3, "1013"));
        var professional = await host.SendAsync(new AddQualificationUnit(qualification, "EP2", "Réalisation professionnelle – cuisine"));
        var ufm = await host.SendAsync(new AddQualificationUnit(qualification, "UFM", "Unité facultative de mobilité", IsOptional: true));
        var learner = await host.SendAsync(new RegisterLearner(learnerName, "Martin", new DateOnly(2005, 3, 14), Gender.Female, "FR", school, qualification, 2));
        var call = await host.SendAsync(new OpenMobilityCall(
            consortium, "Spring placements 2027", new DateOnly(2026, 8, 15), new DateOnly(2026, 9, 30), new DateOnly(2027, 3, 1),
            new DateOnly(2027, 4, 15), 30, [new OpenMobilityCall.Criterion("Motivation", 1)]));
        var application = await host.SendAsync(new SubmitApplication(call, learner, $"{learnerName} Martin"));
        await host.SendAsync(new ShortlistApplication(application, "Strong motivation", "Selection committee"));
        await host.SendAsync(new SelectApplication(application, "Ranked within the places", "Selection committee"));
        await host.DispatchOutboxAsync();
        var hostOrganisation = await host.SendAsync(new CreateHostOrganisation(
            $"Trattoria Scuola Emilia {learnerName}", HostOrganisationKind.Company, "IT", "Bologna", 44.4949, 11.3426, "Hospitality", "Francesca Rossi",
            tutorEmail));
        var placement = await host.SendAsync(new PlanPlacement(PlacementKind.ShortTermLearner, 2026, hostOrganisation, StartsOn, EndsOn, LearnerId: learner));
        await host.SendAsync(new AppointHostTutor(placement, "Francesca Rossi", tutorEmail, "Head chef"));
        return new Story(consortium, school, qualification, professional, ufm, learner, placement, hostOrganisation,
            Viewer.User(Guid.NewGuid(), $"coordinator-{learnerName}@gip.example", [PlatformRole.ConsortiumCoordinator], [consortium], [coordinatorOrganisation, school]),
            Viewer.User(Guid.NewGuid(), $"claire-{learnerName}@lycee.example", [PlatformRole.SchoolStaff], organisationIds: [school]),
            Viewer.User(Guid.NewGuid(), tutorEmail, [PlatformRole.HostTutor]),
            Viewer.User(Guid.NewGuid(), $"{learnerName}@eleve.example", [PlatformRole.Learner], learnerId: learner));
    }

    public static Task<Guid> DefineProfessionalUnitAsync(this ModuleTestHost host, Story story)
        => host.SendAsync(story.Staff, new DefineUnitOfLearningOutcomes(
            story.Placement, story.ProfessionalUnit, "Cold starters in an Italian kitchen",
            ["Know the Italian antipasti of the day's menu and their ingredients"],
            ["Prepare three antipasti to the chef's standard", "Keep the station clean and follow HACCP rules"],
            ["Work within the brigade during service, taking responsibility for the cold station"], "ecvet-unit", 3));

    public static Task<Guid> DefineUfmAsync(this ModuleTestHost host, Story story)
        => host.SendAsync(story.Staff, new DefineUnitOfLearningOutcomes(
            story.Placement, story.Ufm, "Optional mobility unit", ["Describe how the host restaurant is organised"],
            ["Carry out the tasks entrusted by the tutor (C1)", "Compare the host's practices with those learnt in France (C3)"], [], "ufm-fr"));

    /// <summary>The learning agreement drafted and signed by all three; the Placements event reaches Recognition.</summary>
    public static async Task SignLearningAgreementAsync(this ModuleTestHost host, Story story)
    {
        await host.SendAsync(new DraftLearningAgreement(story.Placement, [new ObjectiveInput(
            "Prepare the cold starters of the day's menu", "The tutor observes three services without correction")], "Claire Dubois"));
        await host.SendAsync(new SignLearningAgreement(story.Placement, LearningAgreementParty.Participant, "Camille Martin"));
        await host.SendAsync(new SignLearningAgreement(story.Placement, LearningAgreementParty.SendingSchool, "Claire Dubois"));
        await host.SendAsync(new SignLearningAgreement(story.Placement, LearningAgreementParty.Host, "Francesca Rossi"));
        await host.DispatchOutboxAsync();
    }

    /// <summary>Confirmed and started on its first day (the clock moved there).</summary>
    public static async Task StartAsync(this ModuleTestHost host, Story story)
    {
        await host.SendAsync(new ConfirmPlacement(story.Placement));
        host.Clock.Now = new DateTimeOffset(2027, 3, 8, 8, 0, 0, TimeSpan.Zero);
        await host.SendAsync(new StartPlacement(story.Placement));
    }

    public static async Task CompleteAsync(this ModuleTestHost host, Story story)
    {
        host.Clock.Now = new DateTimeOffset(2027, 3, 26, 18, 0, 0, TimeSpan.Zero);
        await host.SendAsync(new CompletePlacement(story.Placement));
    }

    /// <summary>Units agreed, placement under way, both units graded by the host tutor and submitted, placement completed.</summary>
    public static async Task<(Guid Professional, Guid Ufm)> AssessedAsync(this ModuleTestHost host, Story story, decimal ufmHostMark = 14)
    {
        var professional = await host.DefineProfessionalUnitAsync(story);
        var ufm = await host.DefineUfmAsync(story);
        await host.SignLearningAgreementAsync(story);
        await host.StartAsync(story);
        host.Clock.Now = new DateTimeOffset(2027, 3, 25, 15, 0, 0, TimeSpan.Zero);
        await host.SendAsync(story.Tutor, HostAssessment(story, professional, ufm, ufmHostMark));
        await host.SendAsync(story.Tutor, new SubmitHostAssessment(story.Placement));
        await host.CompleteAsync(story);
        return (professional, ufm);
    }

    public static RecordHostAssessment HostAssessment(Story story, Guid professional, Guid ufm, decimal ufmMark = 14)
        => new(story.Placement, AssessmentMethod.OnSite, new DateOnly(2027, 3, 25), "it", SendingCompanyTookPart: false, SchoolTeacherTookPart: true,
            "Prof. Dubois by video call",
            [new HostGradeInput(professional, "acquired", null, "Three services observed; photos of the plates", "Preciso e puntuale."),
             new HostGradeInput(ufm, ufmMark >= 10 ? "satisfactory" : "fragile", ufmMark, "Griglia nazionale compilata", "Buona integrazione nella brigata.")]);
}
