using MediatR;
using Mobility.BuildingBlocks.Domain;
using Mobility.Enrolment.Consortia;
using Mobility.Enrolment.PeerTutoring;
using Mobility.Enrolment.Qualifications;
using Mobility.Enrolment.Scoping;
using Mobility.GraphQL;

namespace Mobility.Enrolment.GraphQL;

/// <summary>
/// Enrolment's Query fields. Each sends one of the module's use cases in the resolver's own scope; the use case
/// applies the viewer's scope, then the data layer filters, sorts, pages and projects in SQL.
/// </summary>
internal sealed class EnrolmentQueries
{
    /// <summary>The learners the viewer may see: a coordinator's member schools', school staff's own school's, a learner themself.</summary>
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static Task<IQueryable<LearnerNode>> GetLearnersAsync(IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new ListVisibleLearners(), cancellationToken);

    /// <summary>A learner by id, or null when there is none or the viewer may not see them.</summary>
    public static Task<LearnerNode?> GetLearnerAsync([GraphQLDescription("The learner's id.")] [ID("Learner")] Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        LearnerNode.GetAsync(id, mediator, cancellationToken);

    /// <summary>The staff members the viewer may see: those of the coordinator's member organisations or of school staff's own organisation.</summary>
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static Task<IQueryable<StaffMemberNode>> GetStaffAsync(IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new ListVisibleStaff(), cancellationToken);

    /// <summary>A staff member by id, or null when there is none or the viewer may not see them.</summary>
    public static Task<StaffMemberNode?> GetStaffMemberAsync([GraphQLDescription("The staff member's id.")] [ID("StaffMember")] Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        StaffMemberNode.GetAsync(id, mediator, cancellationToken);

    /// <summary>The organisations the viewer may see: a coordinator's member organisations, school staff's own, every one for a funder.</summary>
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static Task<IQueryable<OrganisationNode>> GetOrganisationsAsync(IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new ListVisibleOrganisations(), cancellationToken);

    /// <summary>An organisation by id, or null when there is none or the viewer may not see it.</summary>
    public static Task<OrganisationNode?> GetOrganisationAsync([GraphQLDescription("The organisation's id.")] [ID("Organisation")] Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        OrganisationNode.GetAsync(id, mediator, cancellationToken);

    /// <summary>The mobility calls of the consortia the viewer may see.</summary>
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static Task<IQueryable<MobilityCallNode>> GetCallsAsync(IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new ListVisibleCalls(), cancellationToken);

    /// <summary>A mobility call by id, or null when there is none or the viewer may not see it.</summary>
    public static Task<MobilityCallNode?> GetCallAsync([GraphQLDescription("The call's id.")] [ID("MobilityCall")] Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        MobilityCallNode.GetAsync(id, mediator, cancellationToken);

    /// <summary>The applications the viewer may see: those of the learners they see, and every application to a coordinator's calls.</summary>
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static Task<IQueryable<ApplicationNode>> GetApplicationsAsync(IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new ListVisibleApplications(), cancellationToken);

    /// <summary>An application by id, or null when there is none or the viewer may not see it.</summary>
    public static Task<ApplicationNode?> GetApplicationAsync([GraphQLDescription("The application's id.")] [ID("Application")] Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        ApplicationNode.GetAsync(id, mediator, cancellationToken);

    /// <summary>The consortia the viewer may see, by name.</summary>
    public static async Task<IReadOnlyList<ConsortiumType>> GetConsortiaAsync(IMediator mediator, CancellationToken cancellationToken) =>
        [.. (await mediator.Send(new ListConsortia(), cancellationToken)).Select(ConsortiumType.From)];

    /// <summary>A consortium by id, or null when there is none or the viewer may not see it.</summary>
    public static async Task<ConsortiumType?> GetConsortiumAsync([GraphQLDescription("The consortium's id.")] Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        await OrNullAsync(() => mediator.Send(new GetConsortium(id), cancellationToken), ConsortiumType.From);

    /// <summary>Every national qualification with its units, by EQF level then name.</summary>
    public static async Task<IReadOnlyList<QualificationType>> GetQualificationsAsync(IMediator mediator, CancellationToken cancellationToken) =>
        [.. (await mediator.Send(new ListQualifications(), cancellationToken)).Select(QualificationType.From)];

    /// <summary>The peer-tutoring teams of one consortium the viewer may see, earliest first.</summary>
    public static async Task<IReadOnlyList<TutoringTeamType>> GetTutoringTeamsAsync([GraphQLDescription("The consortium's id.")] Guid consortiumId, IMediator mediator, CancellationToken cancellationToken) =>
        [.. (await mediator.Send(new ListTutoringTeams(consortiumId), cancellationToken)).Select(TutoringTeamType.From)];

    private static async Task<TResult?> OrNullAsync<TEntity, TResult>(Func<Task<TEntity>> get, Func<TEntity, TResult> map)
        where TResult : class
    {
        try
        {
            return map(await get());
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
