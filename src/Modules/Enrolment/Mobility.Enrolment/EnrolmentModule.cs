using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Mediation;
using Mobility.BuildingBlocks.Modules;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Demo;
using Mobility.Enrolment.GraphQL;
using Mobility.Enrolment.Integration;
using Mobility.GraphQL;

namespace Mobility.Enrolment;

/// <summary>Consortia, member organisations, peer tutoring, qualifications, learners, staff, calls and selection.</summary>
public sealed class EnrolmentModule : IModule
{
    public const string SchemaName = "enrolment";

    public string Name => SchemaName;

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddModuleDbContext<EnrolmentDbContext>(SchemaName, context.Database);
        services.AddModuleUseCases(typeof(EnrolmentModule).Assembly);
        services.AddScoped<IEnrolmentDirectory, EnrolmentDirectory>();
        services.AddScoped<IDemoDataSeeder, EnrolmentDemoSeeder>();
    }

    public void AddGraphQL(GraphQLSchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.AddMutationType<EnrolmentMutations>();
        schema.AddQueryType<EnrolmentQueries>()
            .AddTypeExtension<PlacementParticipantsExtension>()
            .AddComputedField<LearnerNode, string>("fullName", l => l.FirstName + " " + l.LastName, "First and last name.")
            .AddComputedField<StaffMemberNode, string>("fullName", s => s.FirstName + " " + s.LastName, "First and last name.");
    }

    public Task InitialiseAsync(IServiceProvider services, CancellationToken cancellationToken)
        => ModuleDatabase.MigrateAsync<EnrolmentDbContext>(services, cancellationToken);
}
