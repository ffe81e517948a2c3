using Mobility.BuildingBlocks.Security;

namespace Mobility.Access.Tests;

/// <summary>Viewers are equal when they name the same user with the same roles and memberships (sets, not references).</summary>
internal sealed class ViewerComparer : IEqualityComparer<Viewer?>
{
    public static ViewerComparer Instance { get; } = new();

    public bool Equals(Viewer? x, Viewer? y) =>
        x is not null && y is not null && x.UserId == y.UserId && x.Email == y.Email && x.Roles.SetEquals(y.Roles)
        && x.ConsortiumIds.SetEquals(y.ConsortiumIds) && x.OrganisationIds.SetEquals(y.OrganisationIds)
        && x.LearnerId == y.LearnerId && x.StaffMemberId == y.StaffMemberId && x.IsSystem == y.IsSystem;

    public int GetHashCode(Viewer? obj) => obj?.UserId?.GetHashCode() ?? 0;
}
