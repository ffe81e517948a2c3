using Microsoft.AspNetCore.Identity;
using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Security;

namespace Mobility.Access.Users;

/// <summary>Identity's role, one row per <see cref="PlatformRole"/>; the migration inserts them.</summary>
internal sealed class AccessRole : IdentityRole<Guid>
{
    public static IReadOnlyList<AccessRole> All { get; } = [.. Enum.GetValues<PlatformRole>().Select(For)];

    public static Guid IdOf(PlatformRole role) => DeterministicGuid.Create($"access/role/{role}");

    private static AccessRole For(PlatformRole role) => new()
    {
        Id = IdOf(role),
        Name = role.ToString(),
        NormalizedName = role.ToString().ToUpperInvariant(),
        ConcurrencyStamp = IdOf(role).ToString(),
    };
}

/// <summary>Identity's user-role link.</summary>
internal sealed class AccessUserRole : IdentityUserRole<Guid>;
