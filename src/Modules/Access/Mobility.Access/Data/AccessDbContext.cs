using Microsoft.EntityFrameworkCore;
using Mobility.Access.Keys;
using Mobility.Access.Tokens;
using Mobility.Access.Users;
using Mobility.BuildingBlocks.Persistence;

namespace Mobility.Access.Data;

/// <summary>
/// Identity's users, roles and user-role links, the users' memberships, their API tokens and the data-protection
/// keys that encrypt session cookies, on the platform's ModuleDbContext (docs/adr/0013): Identity's stores work on
/// any DbContext that maps their entity types.
/// </summary>
internal sealed class AccessDbContext(DbContextOptions<AccessDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => AccessModule.SchemaName;

    public DbSet<AccessUser> Users => Set<AccessUser>();

    public DbSet<AccessRole> Roles => Set<AccessRole>();

    public DbSet<AccessUserRole> UserRoles => Set<AccessUserRole>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
        => modelBuilder.ApplyConfigurationsFromAssembly(typeof(AccessDbContext).Assembly);
}
