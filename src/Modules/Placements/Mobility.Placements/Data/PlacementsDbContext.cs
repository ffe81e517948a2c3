using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Placements.Grants;
using Mobility.Placements.Groups;
using Mobility.Placements.HostOrganisations;
using Mobility.Placements.Lifecycle;
using Mobility.Placements.OpenData;
using Mobility.Placements.Selections;
using Mobility.Placements.SendingCompanies;

namespace Mobility.Placements.Data;

internal sealed class PlacementsDbContext(DbContextOptions<PlacementsDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => PlacementsModule.SchemaName;

    public DbSet<HostOrganisation> HostOrganisations => Set<HostOrganisation>();

    public DbSet<SendingCompany> SendingCompanies => Set<SendingCompany>();

    public DbSet<SelectedLearner> SelectedLearners => Set<SelectedLearner>();

    public DbSet<PlacementGroup> PlacementGroups => Set<PlacementGroup>();

    public DbSet<Placement> Placements => Set<Placement>();

    public DbSet<PlacementGrant> PlacementGrants => Set<PlacementGrant>();

    public DbSet<OpenDataOrganisation> OpenDataOrganisations => Set<OpenDataOrganisation>();

    public DbSet<OpenDataParticipant> OpenDataParticipants => Set<OpenDataParticipant>();

    public DbSet<OpenDataMobility> OpenDataMobilities => Set<OpenDataMobility>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
        => modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlacementsDbContext).Assembly);
}
