using MediatR;
using Mobility.Access.Users;

namespace Mobility.Access.GraphQL;

/// <summary>Access's Query fields.</summary>
internal sealed class AccessQueries
{
    /// <summary>The signed-in user (session cookie or API token).</summary>
    public static async Task<MeType?> GetMeAsync(IMediator mediator, TimeProvider clock, CancellationToken cancellationToken) =>
        await mediator.Send(new GetMyAccount(), cancellationToken) is { } account ? MeType.From(account, clock.GetUtcNow().UtcDateTime) : null;
}
