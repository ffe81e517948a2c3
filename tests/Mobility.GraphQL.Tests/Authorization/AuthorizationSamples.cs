using System.Security.Claims;
using Mobility.GraphQL.Execution;

namespace Mobility.GraphQL.Tests.Authorization;

/// <summary>A consortium: only coordinators read any of its fields, including those other classes add.</summary>
[Authorize("Coordinator")]
public sealed record Consortium(Guid Id, string? Name);

/// <summary>A learner: anyone signed in reads the name; the birth date needs staff.</summary>
public sealed record Learner(Guid Id, string Name)
{
    [Authorize("Coordinator", "SchoolStaff")]
    public DateOnly? BirthDate => new(2007, 3, Name.Length * 2 + 8);

    [AllowAnonymous]
    public string Initial => Name[..1];
}

public sealed class AuthorizationQueries
{
    /// <summary>How many protected resolvers actually ran (they must not when access is denied).</summary>
    internal static int Runs;

    public static string? Open() => "open";

    [Authorize]
    public static string? Private()
    {
        Interlocked.Increment(ref Runs);
        return "private";
    }

    [Authorize("Funder")]
    public static string? Aggregates()
    {
        Interlocked.Increment(ref Runs);
        return "aggregates";
    }

    public static Consortium GetConsortium() => new(Guid.Parse("11111111-1111-1111-1111-111111111111"), "CAPMOB");

    public static Learner? GetLearner() => new(Guid.Parse("22222222-2222-2222-2222-222222222222"), "Ada");

    /// <summary>The signed-in user's name, from the ClaimsPrincipal the request carries.</summary>
    public static string? WhoAmI(ClaimsPrincipal? user) => user?.Identity?.Name;
}

/// <summary>Every field of this class needs a coordinator, except the one marked anonymous.</summary>
[Authorize("Coordinator")]
public sealed class CoordinatorQueries
{
    public static int? PendingApplications() => 3;

    [AllowAnonymous]
    public static string Motto() => "Go abroad";
}

/// <summary>Another module's field on Consortium: the type's rule covers it too.</summary>
[ExtendObjectType(typeof(Consortium))]
public sealed class ConsortiumBudget
{
    public static decimal? GetBudget([Parent] Consortium consortium) => consortium.Name?.Length * 1000m;
}

/// <summary>A non-null field the viewer may not read nulls its parent (§6.4.4).</summary>
public sealed record Placement(string Title)
{
    [Authorize("HostTutor")]
    public string Tutor => Title.Contains("Lyon", StringComparison.Ordinal) ? "Jean" : "Anna";
}

public sealed class PlacementQueries
{
    public static Placement? GetPlacement() => new("Bakery in Lyon");
}

public sealed class BothAttributes
{
    [Authorize]
    [AllowAnonymous]
    public static int Confused() => 1;
}

public sealed class AspNetAttribute
{
    [Microsoft.AspNetCore.Authorization.Authorize]
    public static int Unprotected() => 1;
}

internal static class Users
{
    public static ClaimsPrincipal Anonymous { get; } = new(new ClaimsIdentity());

    public static ClaimsPrincipal SignedIn(string name, params string[] roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "Test"));
}
