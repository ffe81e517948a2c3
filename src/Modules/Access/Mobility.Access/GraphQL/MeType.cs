using Mobility.Access.Tokens;
using Mobility.Access.Users;
using Mobility.BuildingBlocks.Security;
using Mobility.GraphQL;

namespace Mobility.Access.GraphQL;

/// <summary>The signed-in user: who they are, what they belong to and their API tokens.</summary>
[GraphQLName("Me")]
internal sealed record MeType(
    Guid Id,
    [property: GraphQLDescription("The e-mail the user signs in with (lower case).")] string Email,
    IReadOnlyList<PlatformRole> Roles,
    [property: GraphQLDescription("Consortia the user coordinates or funds, organisations they work at.")] IReadOnlyList<MembershipType> Memberships,
    [property: GraphQLDescription("The Enrolment learner the user is, for a learner (a Learner's global ID).")] [property: ID("Learner")] Guid? LearnerId,
    [property: GraphQLDescription("The Enrolment staff member the user is, if any (a StaffMember's global ID).")] [property: ID("StaffMember")] Guid? StaffMemberId,
    [property: GraphQLDescription("The user's API tokens, newest first; their secrets are never shown again.")] IReadOnlyList<ApiTokenType> ApiTokens)
{
    public static MeType From(Account account, DateTime now) => new(
        account.UserId, account.Email, account.Roles,
        [.. account.Memberships.Select(m => new MembershipType(m.Kind, m.Id, m.Name))],
        account.LearnerId, account.StaffMemberId, [.. account.ApiTokens.Select(t => ApiTokenType.From(t, now))]);
}

/// <summary>A consortium the user coordinates or funds, or an organisation they work at.</summary>
[GraphQLName("Membership")]
internal sealed record MembershipType(
    MembershipKind Kind,
    [property: GraphQLDescription("The consortium's or organisation's id.")] Guid Id,
    string Name);

/// <summary>A personal API token; its secret is not kept, only a hash of it.</summary>
[GraphQLName("ApiToken")]
internal sealed record ApiTokenType(
    Guid Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt,
    ApiTokenState State)
{
    public static ApiTokenType From(ApiToken token, DateTime now) => new(
        token.Id, token.Name, token.CreatedAt, token.ExpiresAt, token.RevokedAt, token.LastUsedAt, token.StateAt(now));
}

/// <summary>A new token and, this once, its secret.</summary>
[GraphQLName("CreatedApiToken")]
internal sealed record CreatedApiTokenType(
    [property: GraphQLDescription("Send it as Authorization: Bearer <secret>. Shown only in this answer.")] string Secret,
    ApiTokenType Token);
