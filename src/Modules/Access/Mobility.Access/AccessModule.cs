using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Mobility.Access.Commands;
using Mobility.Access.Data;
using Mobility.Access.Demo;
using Mobility.Access.GraphQL;
using Mobility.Access.Keys;
using Mobility.Access.Authentication;
using Mobility.Access.Users;
using Mobility.Access.Web;
using Mobility.BuildingBlocks.Commands;
using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Mediation;
using Mobility.BuildingBlocks.Modules;
using Mobility.BuildingBlocks.Persistence;
using Mobility.GraphQL;

namespace Mobility.Access;

/// <summary>
/// Users (ASP.NET Core Identity on the module's own DbContext), their roles and memberships, sign-in with a session
/// cookie for the account pages, and personal API tokens for GraphQL.
/// </summary>
public sealed class AccessModule : IModule, IModuleEndpoints
{
    public const string SchemaName = "access";

    public string Name => SchemaName;

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddModuleDbContext<AccessDbContext>(SchemaName, context.Database);
        services.AddModuleUseCases(typeof(AccessModule).Assembly);
        services.AddIdentityCore<AccessUser>(options =>
        {
            options.User.RequireUniqueEmail = true;
            options.Password.RequiredLength = 10;
            options.Lockout.AllowedForNewUsers = true;
            options.Lockout.MaxFailedAccessAttempts = 5;
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        });
        services.AddScoped<IUserStore<AccessUser>, UserStore<
            AccessUser, AccessRole, AccessDbContext, Guid, IdentityUserClaim<Guid>, AccessUserRole, IdentityUserLogin<Guid>,
            IdentityUserToken<Guid>, IdentityRoleClaim<Guid>>>();
        services.AddScoped<ViewerFactory>();
        services.AddScoped<UserLookup>();
        services.AddAntiforgery();
        services.AddDataProtection().SetApplicationName("Mobility");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(
            options => options.XmlRepository = new DatabaseXmlRepository(provider.GetRequiredService<IServiceScopeFactory>())));
        AccessAuthentication.Add(services, context.Configuration);
        services.AddScoped<IDemoDataSeeder, AccessDemoSeeder>();
        services.AddScoped<IHostCommand, CreateTokenCommand>();
        services.AddScoped<IHostCommand, RevokeTokenCommand>();
        services.AddScoped<IHostCommand, ListTokensCommand>();
        services.AddScoped<IHostCommand, CreateUserCommand>();
    }

    public void AddGraphQL(GraphQLSchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.AddQueryType<AccessQueries>();
        schema.AddMutationType<AccessMutations>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => AccountEndpoints.Map(endpoints);

    public Task InitialiseAsync(IServiceProvider services, CancellationToken cancellationToken)
        => ModuleDatabase.MigrateAsync<AccessDbContext>(services, cancellationToken);
}
