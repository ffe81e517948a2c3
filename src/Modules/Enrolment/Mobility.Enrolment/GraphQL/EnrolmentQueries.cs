using MediatR;
using Mobility.BuildingBlocks.Domain;
using Mobility.Enrolment.Consortia;
using Mobility.Enrolment.Organisations;
using Mobility.Enrolment.PeerTutoring;
using Mobility.Enrolment.Qualifications;
using Mobility.GraphQL;

namespace Mobility.Enrolment.GraphQL;

/// <summary>Enrolment's Query fields; each sends one of the module's use cases in the resolver's own scope.</summary>
internal sealed class EnrolmentQueries
{
    /// <summary>Every consortium, by name.</summary>
    public static async Task<IReadOnlyList<ConsortiumType>> GetConsortiaAsync(IMediator mediator, CancellationToken cancellationToken) =>
        [.. (await mediator.Send(new ListConsortia(), cancellationToken)).Select(ConsortiumType.From)];

    /// <summary>A consortium by id, or null when there is none.</summary>
    public static async Task<ConsortiumType?> GetConsortiumAsync([GraphQLDescription("The consortium's id.")] Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        await OrNullAsync(() => mediator.Send(new GetConsortium(id), cancellationToken), ConsortiumType.From);

    /// <summary>Every organisation (schools, training centres, chambers, companies, authorities), by name.</summary>
    public static async Task<IReadOnlyList<OrganisationType>> GetOrganisationsAsync(IMediator mediator, CancellationToken cancellationToken) =>
        [.. (await mediator.Send(new ListOrganisations(), cancellationToken)).Select(OrganisationType.From)];

    /// <summary>An organisation by id, or null when there is none.</summary>
    public static async Task<OrganisationType?> GetOrganisationAsync([GraphQLDescription("The organisation's id.")] Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        await OrNullAsync(() => mediator.Send(new GetOrganisation(id), cancellationToken), OrganisationType.From);

    /// <summary>Every national qualification with its units, by EQF level then name.</summary>
    public static async Task<IReadOnlyList<QualificationType>> GetQualificationsAsync(IMediator mediator, CancellationToken cancellationToken) =>
        [.. (await mediator.Send(new ListQualifications(), cancellationToken)).Select(QualificationType.From)];

    /// <summary>The peer-tutoring teams of one consortium, earliest first.</summary>
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
