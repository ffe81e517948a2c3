using Mobility.Enrolment.Consortia;
using Mobility.GraphQL;
using Mobility.GraphQL.Execution;

namespace Mobility.Enrolment.GraphQL;

/// <summary>An Erasmus+ mobility consortium: a coordinator sending learners and staff on behalf of its members.</summary>
/// <param name="Id">The consortium's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="ProjectReference">The Erasmus+ project reference, like 2020-1-FR01-KA202-080445.</param>
/// <param name="AccreditationNumber">The Erasmus accreditation number, when the consortium is accredited.</param>
/// <param name="StartsOn">First day of the project.</param>
/// <param name="EndsOn">Last day of the project.</param>
/// <param name="CoordinatorId">Reached through the coordinator field.</param>
/// <param name="Members">Every member, the coordinator included.</param>
[GraphQLName("Consortium")]
internal sealed record ConsortiumType(
    Guid Id, string Name, string ProjectReference, string? AccreditationNumber, DateOnly StartsOn, DateOnly EndsOn,
    [property: GraphQLIgnore] Guid CoordinatorId, IReadOnlyList<ConsortiumMemberType> Members)
{
    public static ConsortiumType From(Consortium consortium) => new(
        consortium.Id, consortium.Name, consortium.ProjectReference, consortium.AccreditationNumber, consortium.StartsOn,
        consortium.EndsOn, consortium.CoordinatorId,
        [.. consortium.Members.Select(m => new ConsortiumMemberType(m.OrganisationId, m.JoinedOn))]);

    /// <summary>The organisation that coordinates the consortium.</summary>
    public Task<OrganisationNode> GetCoordinatorAsync(ResolverContext context) => OrganisationLoader.LoadAsync(context, CoordinatorId);
}

/// <summary>An organisation's membership of a consortium, from the day it joined.</summary>
/// <param name="OrganisationId">Reached through the organisation field.</param>
/// <param name="JoinedOn">The day it joined.</param>
[GraphQLName("ConsortiumMember")]
internal sealed record ConsortiumMemberType([property: GraphQLIgnore] Guid OrganisationId, DateOnly JoinedOn)
{
    /// <summary>The member organisation.</summary>
    public Task<OrganisationNode> GetOrganisationAsync(ResolverContext context) => OrganisationLoader.LoadAsync(context, OrganisationId);
}
