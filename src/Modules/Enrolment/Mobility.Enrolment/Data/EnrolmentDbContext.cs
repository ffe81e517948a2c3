using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Organisations;

namespace Mobility.Enrolment.Data;

internal sealed class EnrolmentDbContext(DbContextOptions<EnrolmentDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => EnrolmentModule.SchemaName;

    public DbSet<Organisation> Organisations => Set<Organisation>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
        => modelBuilder.ApplyConfigurationsFromAssembly(typeof(EnrolmentDbContext).Assembly);
}
