using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Modules;
using Mobility.GraphQL;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment;

namespace Mobility.Fixtures.RogueModule;

public sealed class RogueModule : IModule
{
    public string Name => "rogue";

    // Forbidden: reaching into another module's implementation assembly.
    public static string Neighbour => new EnrolmentModule().Name;

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddModuleDbContext<RogueDbContext>(Name, context.Database);
    }

    public void AddGraphQL(GraphQLSchemaBuilder schema)
    {
    }

    public Task InitialiseAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}

// Forbidden: a public type that is not the module class.
public sealed class PublicHelper
{
    // Forbidden: raw SQL naming another module's schema.
    public const string Query = "SELECT * FROM enrolment.learners";

    public static string Sql() => Query + " WHERE 1 = 1";
}

// Forbidden: an entity mapped into another module's schema.
internal sealed class StolenRow
{
    public Guid Id { get; set; }
}

internal sealed class RogueDbContext(DbContextOptions<RogueDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "rogue";

    protected override void ConfigureModel(ModelBuilder modelBuilder)
        => modelBuilder.Entity<StolenRow>().ToTable("learners", "enrolment");
}

// Forbidden: a request with no handler and no validator.
internal sealed record OrphanRequest(string Text) : IRequest<int>;
