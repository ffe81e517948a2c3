namespace Mobility.GraphQL;

/// <summary>
/// Only an authenticated user (with <see cref="Roles"/>: in at least one of them) may read the field, HotChocolate's
/// <c>[Authorize]</c>. On a member: that field. On a type's class: every field of the type, including fields other
/// classes add to it. On a root-field or type-extension class: every field that class contributes. Several
/// attributes on the same field must all pass. A denied field never runs its resolver: it resolves to null with an
/// <c>AUTH_NOT_AUTHENTICATED</c> or <c>AUTH_NOT_AUTHORIZED</c> error. The SDL shows the rule as <c>@authorize</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = true)]
public sealed class AuthorizeAttribute : Attribute
{
    /// <summary>Any authenticated user.</summary>
    public AuthorizeAttribute()
    {
    }

    /// <summary>An authenticated user in at least one of <paramref name="roles"/>.</summary>
    /// <param name="roles">Role names, checked with <see cref="System.Security.Claims.ClaimsPrincipal.IsInRole"/>.</param>
    public AuthorizeAttribute(params string[] roles) => Roles = roles;

    /// <summary>Role names, any one of which suffices; null or empty for any authenticated user.</summary>
    public string[]? Roles { get; init; }
}

/// <summary>
/// Anyone, signed in or not, may read the field: it ignores the <c>[Authorize]</c> of its type and class and the
/// schema-wide <c>RequireAuthenticatedUser</c>. On a class: every field that class declares. A member may not be both
/// <c>[Authorize]</c> and anonymous. The SDL shows it as <c>@allowAnonymous</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Property | AttributeTargets.Method)]
public sealed class AllowAnonymousAttribute : Attribute;
