using MediatR;
using Mobility.Access.Tokens;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.GraphQL;

namespace Mobility.Access.GraphQL;

/// <summary>The signed-in user's own API tokens.</summary>
internal sealed class AccessMutations
{
    /// <summary>Creates an API token for the signed-in user; its secret is in the answer and never again.</summary>
    public static async Task<CreatedApiTokenType> CreateApiTokenAsync(
        [GraphQLDescription("What the token is for, e.g. \"reporting script\".")] string name,
        [GraphQLDescription("How many days it stays valid (1 to 366; 90 when omitted).")] int? days,
        Viewer viewer, IMediator mediator, CancellationToken cancellationToken)
    {
        var email = viewer.Email ?? throw SignInRequired();
        var created = await mediator.Send(new CreateApiToken(email, name, days), cancellationToken);
        return new CreatedApiTokenType(created.Secret, new ApiTokenType(created.Id, created.Name, created.CreatedAt, created.ExpiresAt, null, null, ApiTokenState.Active));
    }

    /// <summary>Revokes one of the signed-in user's API tokens; requests bearing it are refused from now on.</summary>
    public static async Task<ApiTokenType> RevokeApiTokenAsync(
        [GraphQLDescription("The token's id.")] Guid id, Viewer viewer, IMediator mediator, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (viewer.UserId is null)
        {
            throw SignInRequired();
        }

        return ApiTokenType.From(await mediator.Send(new RevokeApiToken(id), cancellationToken), clock.GetUtcNow().UtcDateTime);
    }

    private static DomainRuleViolationException SignInRequired() =>
        new("SIGN_IN_REQUIRED", "Sign in first (a session cookie or an API token).");
}
