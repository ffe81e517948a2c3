using System.Security.Claims;
using Mobility.GraphQL.Execution;
using Mobility.GraphQL.Language;

namespace Mobility.GraphQL.Authorization;

/// <summary>One <c>@authorize</c>: an authenticated user, in one of <see cref="Roles"/> when there are any.</summary>
internal sealed record AuthorizeRule(IReadOnlyList<string> Roles)
{
    public static readonly AuthorizeRule Authenticated = new([]);

    public static AuthorizeRule From(AuthorizeAttribute attribute) => new(attribute.Roles ?? []);

    public bool Equals(AuthorizeRule? other) => other is not null && Roles.SequenceEqual(other.Roles, StringComparer.Ordinal);

    public override int GetHashCode() => Roles.Count == 0 ? 0 : StringComparer.Ordinal.GetHashCode(Roles[0]);

    /// <summary>The rule as an applied directive in SDL.</summary>
    public override string ToString() =>
        Roles.Count == 0 ? "@authorize" : "@authorize(roles: [" + string.Join(", ", Roles.Select(Printer.PrintString)) + "])";
}

/// <summary>The rules a field's reader must pass, all of them: its type's, its class's and its own, or the schema's default.</summary>
internal sealed class FieldAuthorization(IReadOnlyList<AuthorizeRule> rules)
{
    public IReadOnlyList<AuthorizeRule> Rules { get; } = rules;

    /// <summary>Null when <paramref name="user"/> may read the field, otherwise the error to report.</summary>
    public GraphQLException? Deny(ClaimsPrincipal? user)
    {
        if (user is null || !user.Identities.Any(i => i.IsAuthenticated))
        {
            return new GraphQLException("The current user is not authenticated.", ErrorCodes.AuthNotAuthenticated);
        }

        foreach (var rule in Rules)
        {
            if (rule.Roles.Count > 0 && !rule.Roles.Any(user.IsInRole))
            {
                var roles = rule.Roles.Count == 1 ? "the role " + rule.Roles[0] : "one of the roles " + string.Join(", ", rule.Roles);
                return new GraphQLException($"The current user is not authorized to access this resource: it needs {roles}.", ErrorCodes.AuthNotAuthorized);
            }
        }

        return null;
    }
}
