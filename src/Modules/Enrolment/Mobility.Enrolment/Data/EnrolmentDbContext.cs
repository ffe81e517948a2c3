using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Calls;
using Mobility.Enrolment.Consortia;
using Mobility.Enrolment.Learners;
using Mobility.Enrolment.Organisations;
using Mobility.Enrolment.PeerTutoring;
using Mobility.Enrolment.Qualifications;
using Mobility.Enrolment.Staff;

namespace Mobility.Enrolment.Data;

internal sealed class EnrolmentDbContext(DbContextOptions<EnrolmentDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => EnrolmentModule.SchemaName;

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Consortium> Consortia => Set<Consortium>();

    public DbSet<TutoringTeam> TutoringTeams => Set<TutoringTeam>();

    public DbSet<Qualification> Qualifications => Set<Qualification>();

    public DbSet<Learner> Learners => Set<Learner>();

    /// <summary>Never joined into listings; read only through GetLearnerSensitiveData.</summary>
    public DbSet<LearnerSensitiveData> LearnerSensitiveData => Set<LearnerSensitiveData>();

    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();

    public DbSet<MobilityCall> MobilityCalls => Set<MobilityCall>();

    public DbSet<Application> Applications => Set<Application>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
        => modelBuilder.ApplyConfigurationsFromAssembly(typeof(EnrolmentDbContext).Assembly);
}
