using Mobility.Enrolment.PeerTutoring;
using Mobility.GraphQL;
using Mobility.GraphQL.Execution;

namespace Mobility.Enrolment.GraphQL;

/// <summary>An experienced tutor school of a consortium helping one or two newcomer schools to organise mobility.</summary>
/// <param name="Id">The team's id.</param>
/// <param name="StartsOn">First day of the tutoring.</param>
/// <param name="EndsOn">Last day of the tutoring.</param>
/// <param name="TutorSchoolId">Reached through the tutorSchool field.</param>
/// <param name="NewcomerSchoolIds">Reached through the newcomerSchools field.</param>
/// <param name="SharedPractices">What the team noted it shared, earliest first.</param>
[GraphQLName("TutoringTeam")]
internal sealed record TutoringTeamType(
    Guid Id, DateOnly StartsOn, DateOnly EndsOn, [property: GraphQLIgnore] Guid TutorSchoolId,
    [property: GraphQLIgnore] IReadOnlyList<Guid> NewcomerSchoolIds, IReadOnlyList<SharedPracticeType> SharedPractices)
{
    public static TutoringTeamType From(TutoringTeam team) => new(
        team.Id, team.StartsOn, team.EndsOn, team.TutorSchoolId, [.. team.Newcomers.Select(n => n.SchoolId)],
        [.. team.SharedPractices.Select(p => new SharedPracticeType(p.NotedOn, p.Note))]);

    /// <summary>The experienced school.</summary>
    public Task<OrganisationNode> GetTutorSchoolAsync(ResolverContext context) => OrganisationLoader.LoadAsync(context, TutorSchoolId);

    /// <summary>The schools new to mobility projects.</summary>
    public async Task<IReadOnlyList<OrganisationNode>> GetNewcomerSchoolsAsync(ResolverContext context) =>
        [.. (await OrganisationLoader.For(context).LoadAsync(NewcomerSchoolIds)).OfType<OrganisationNode>()];
}

/// <summary>A dated note of what a tutoring team shared, e.g. host organisations or public-accounting procedures.</summary>
/// <param name="NotedOn">The day it was noted.</param>
/// <param name="Note">What was shared.</param>
[GraphQLName("SharedPractice")]
internal sealed record SharedPracticeType(DateOnly NotedOn, string Note);
