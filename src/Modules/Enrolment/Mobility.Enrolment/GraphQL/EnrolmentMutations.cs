using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Geography;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Calls;
using Mobility.Enrolment.Consortia;
using Mobility.Enrolment.Learners;
using Mobility.Enrolment.Organisations;
using Mobility.Enrolment.PeerTutoring;
using Mobility.Enrolment.Qualifications;
using Mobility.Enrolment.Scoping;
using Mobility.Enrolment.Staff;
using Mobility.GraphQL;

namespace Mobility.Enrolment.GraphQL;

/// <summary>
/// Enrolment's Mutation fields: one per use case, each sending it (its validator, then its authorizer, then its
/// handler, in one transaction) and answering the changed object as the viewer now sees it. Refusals are the use
/// cases' exceptions: a broken rule (<c>ACCESS_DENIED</c> when the viewer may not), invalid input naming the field,
/// or something not found.
/// </summary>
[Error<AccessDeniedException>]
internal sealed class EnrolmentMutations
{
    /// <summary>Registers an organisation (a school, a company, a public body) a consortium may take in.</summary>
    public static async Task<OrganisationNode?> RegisterOrganisationAsync(
        string name, OrganisationKind kind, string country, string city, string? oid, string? erasmusCode, IReadOnlyList<string>? sectors,
        IMediator mediator, CancellationToken cancellationToken) =>
        await OrganisationAsync(mediator, await mediator.Send(new RegisterOrganisation(name, kind, country, city, oid, erasmusCode, sectors), cancellationToken), cancellationToken);

    /// <summary>Updates an organisation's name, kind, place, identifiers and sectors.</summary>
    public static async Task<OrganisationNode?> UpdateOrganisationAsync(
        [ID("Organisation")] Guid id, string name, OrganisationKind kind, string country, string city, string? oid, string? erasmusCode, IReadOnlyList<string>? sectors,
        IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new UpdateOrganisation(id, name, kind, country, city, oid, erasmusCode, sectors), cancellationToken);
        return await OrganisationAsync(mediator, id, cancellationToken);
    }

    /// <summary>Creates a consortium coordinated by one organisation, for its accreditation's period.</summary>
    public static async Task<ConsortiumType> CreateConsortiumAsync(
        string name, string projectReference, DateOnly startsOn, DateOnly endsOn, [ID("Organisation")] Guid coordinatorId, string? accreditationNumber,
        IMediator mediator, CancellationToken cancellationToken) =>
        await ConsortiumAsync(mediator, await mediator.Send(
            new CreateConsortium(name, projectReference, startsOn, endsOn, coordinatorId, accreditationNumber), cancellationToken), cancellationToken);

    /// <summary>Takes an organisation into the consortium.</summary>
    public static async Task<ConsortiumType> AddConsortiumMemberAsync(
        Guid consortiumId, [ID("Organisation")] Guid organisationId, DateOnly joinedOn, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new AddConsortiumMember(consortiumId, organisationId, joinedOn), cancellationToken);
        return await ConsortiumAsync(mediator, consortiumId, cancellationToken);
    }

    /// <summary>Registers a national qualification (a CAP, a Bac pro, ...).</summary>
    public static async Task<QualificationType> RegisterQualificationAsync(
        string nationalName, string nationalLevel, string country, int eqfLevel, string iscedField, IMediator mediator, CancellationToken cancellationToken) =>
        await QualificationAsync(mediator, await mediator.Send(new RegisterQualification(nationalName, nationalLevel, country, eqfLevel, iscedField), cancellationToken), cancellationToken);

    /// <summary>Adds a unit of learning outcomes to a qualification.</summary>
    public static async Task<QualificationType> AddQualificationUnitAsync(
        Guid qualificationId, string code, string title, bool isOptional, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new AddQualificationUnit(qualificationId, code, title, isOptional), cancellationToken);
        return await QualificationAsync(mediator, qualificationId, cancellationToken);
    }

    /// <summary>Registers a learner at a school, in a qualification's programme year.</summary>
    public static async Task<LearnerNode?> RegisterLearnerAsync(
        string firstName, string lastName, DateOnly birthDate, Gender gender, string nationality, [ID("Organisation")] Guid schoolId, Guid qualificationId,
        int programmeYear, string? email, IMediator mediator, CancellationToken cancellationToken) =>
        await LearnerAsync(mediator, await mediator.Send(
            new RegisterLearner(firstName, lastName, birthDate, gender, nationality, schoolId, qualificationId, programmeYear, email), cancellationToken), cancellationToken);

    /// <summary>Records the consent of a minor learner's guardian.</summary>
    public static async Task<LearnerNode?> RecordGuardianConsentAsync([ID("Learner")] Guid learnerId, string givenBy, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RecordGuardianConsent(learnerId, givenBy), cancellationToken);
        return await LearnerAsync(mediator, learnerId, cancellationToken);
    }

    /// <summary>Records a learner's level in a language (CEFR).</summary>
    public static async Task<LearnerNode?> RecordLanguageLevelAsync(
        [ID("Learner")] Guid learnerId, string language, CefrLevel level, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RecordLanguageLevel(learnerId, language, level), cancellationToken);
        return await LearnerAsync(mediator, learnerId, cancellationToken);
    }

    /// <summary>Records whether a learner has fewer opportunities or special needs (kept apart, for inclusion support).</summary>
    public static async Task<LearnerNode?> RecordSensitiveFlagsAsync(
        [ID("Learner")] Guid learnerId, bool fewerOpportunities, bool specialNeeds, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RecordSensitiveFlags(learnerId, fewerOpportunities, specialNeeds), cancellationToken);
        return await LearnerAsync(mediator, learnerId, cancellationToken);
    }

    /// <summary>Registers a staff member of an organisation.</summary>
    public static async Task<StaffMemberNode?> RegisterStaffMemberAsync(
        string firstName, string lastName, string email, StaffRole role, [ID("Organisation")] Guid organisationId, IMediator mediator, CancellationToken cancellationToken)
    {
        var id = await mediator.Send(new RegisterStaffMember(firstName, lastName, email, role, organisationId), cancellationToken);
        return await (await mediator.Send(new ListVisibleStaff(), cancellationToken)).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    /// <summary>Opens a mobility call of the consortium, with its places and weighted selection criteria.</summary>
    public static async Task<MobilityCallNode?> OpenMobilityCallAsync(
        Guid consortiumId, string title, DateOnly applicationsOpenOn, DateOnly applicationsCloseOn, DateOnly mobilityStartsOn,
        DateOnly mobilityEndsOn, int places, IReadOnlyList<OpenMobilityCall.Criterion> criteria, IMediator mediator, CancellationToken cancellationToken)
    {
        var id = await mediator.Send(new OpenMobilityCall(
            consortiumId, title, applicationsOpenOn, applicationsCloseOn, mobilityStartsOn, mobilityEndsOn, places, criteria), cancellationToken);
        return await (await mediator.Send(new ListVisibleCalls(), cancellationToken)).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    /// <summary>Submits a learner's application to a call (the learner themself, or their school).</summary>
    public static async Task<ApplicationNode?> SubmitApplicationAsync(
        [ID("MobilityCall")] Guid callId, [ID("Learner")] Guid learnerId, string submittedBy, IMediator mediator, CancellationToken cancellationToken) =>
        await ApplicationAsync(mediator, await mediator.Send(new SubmitApplication(callId, learnerId, submittedBy), cancellationToken), cancellationToken);

    /// <summary>Scores an application on one of the call's criteria; answers the application.</summary>
    public static async Task<ApplicationNode?> ScoreApplicationAsync(
        [ID("Application")] Guid applicationId, Guid criterionId, int score, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new ScoreApplication(applicationId, criterionId, score), cancellationToken);
        return await ApplicationAsync(mediator, applicationId, cancellationToken);
    }

    /// <summary>Shortlists an application (the selection committee).</summary>
    public static Task<ApplicationNode?> ShortlistApplicationAsync([ID("Application")] Guid applicationId, string reason, string decidedBy, IMediator mediator, CancellationToken cancellationToken) =>
        DecideAsync(mediator, new ShortlistApplication(applicationId, reason, decidedBy), cancellationToken);

    /// <summary>Selects a shortlisted application: the learner will be placed.</summary>
    public static Task<ApplicationNode?> SelectApplicationAsync([ID("Application")] Guid applicationId, string reason, string decidedBy, IMediator mediator, CancellationToken cancellationToken) =>
        DecideAsync(mediator, new SelectApplication(applicationId, reason, decidedBy), cancellationToken);

    /// <summary>Places an application on the reserve list.</summary>
    public static Task<ApplicationNode?> PlaceApplicationOnReserveAsync([ID("Application")] Guid applicationId, string reason, string decidedBy, IMediator mediator, CancellationToken cancellationToken) =>
        DecideAsync(mediator, new PlaceApplicationOnReserve(applicationId, reason, decidedBy), cancellationToken);

    /// <summary>Rejects an application, with the reason.</summary>
    public static Task<ApplicationNode?> RejectApplicationAsync([ID("Application")] Guid applicationId, string reason, string decidedBy, IMediator mediator, CancellationToken cancellationToken) =>
        DecideAsync(mediator, new RejectApplication(applicationId, reason, decidedBy), cancellationToken);

    /// <summary>Withdraws an application (the learner themself, or their school).</summary>
    public static Task<ApplicationNode?> WithdrawApplicationAsync([ID("Application")] Guid applicationId, string reason, string decidedBy, IMediator mediator, CancellationToken cancellationToken) =>
        DecideAsync(mediator, new WithdrawApplication(applicationId, reason, decidedBy), cancellationToken);

    /// <summary>Pairs an experienced member school with newcomers of the consortium for peer tutoring.</summary>
    public static async Task<TutoringTeamType?> PairPeerSchoolsAsync(
        Guid consortiumId, [ID("Organisation")] Guid tutorSchoolId, [ID("Organisation")] IReadOnlyList<Guid> newcomerSchoolIds, DateOnly startsOn, DateOnly endsOn,
        IMediator mediator, CancellationToken cancellationToken)
    {
        var id = await mediator.Send(new PairPeerSchools(consortiumId, tutorSchoolId, newcomerSchoolIds, startsOn, endsOn), cancellationToken);
        return (await mediator.Send(new ListTutoringTeams(consortiumId), cancellationToken)).Where(t => t.Id == id).Select(TutoringTeamType.From).FirstOrDefault();
    }

    /// <summary>Notes a practice a tutoring team shared.</summary>
    public static async Task<SharedPracticeType> RecordSharedPracticeAsync(
        Guid tutoringTeamId, DateOnly notedOn, string note, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RecordSharedPractice(tutoringTeamId, notedOn, note), cancellationToken);
        return new SharedPracticeType(notedOn, note);
    }

    private static async Task<ApplicationNode?> DecideAsync<T>(IMediator mediator, T decision, CancellationToken cancellationToken)
        where T : IRequest<Unit>, IApplicationDecision
    {
        await mediator.Send(decision, cancellationToken);
        return await ApplicationAsync(mediator, decision.ApplicationId, cancellationToken);
    }

    private static async Task<ApplicationNode?> ApplicationAsync(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        await (await mediator.Send(new ListVisibleApplications(), cancellationToken)).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    private static async Task<LearnerNode?> LearnerAsync(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        await (await mediator.Send(new ListVisibleLearners(), cancellationToken)).FirstOrDefaultAsync(l => l.Id == id, cancellationToken);

    private static async Task<OrganisationNode?> OrganisationAsync(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        await (await mediator.Send(new ListVisibleOrganisations(), cancellationToken)).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    private static async Task<ConsortiumType> ConsortiumAsync(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        ConsortiumType.From(await mediator.Send(new GetConsortium(id), cancellationToken));

    private static async Task<QualificationType> QualificationAsync(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        QualificationType.From(await mediator.Send(new GetQualification(id), cancellationToken));
}
