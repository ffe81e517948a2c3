using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Modules;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Security;

namespace Mobility.ArchitectureTests.Rules;

/// <summary>
/// The boundaries of the modular monolith as functions that list violations. Each rule is run on the real modules
/// (expecting none) and on a fixture that breaks it (expecting it to be reported), so a rule that checks nothing fails.
/// </summary>
public static class ArchitectureRules
{
    private static readonly Assembly BuildingBlocks = typeof(IModule).Assembly;

    /// <summary>Rule 1: a module's only public type is its IModule class.</summary>
    public static IReadOnlyList<string> OnlyTheModuleClassIsPublic(ModuleUnderTest module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return module.Implementation.GetExportedTypes()
            .Where(t => t != module.Module.GetType())
            .Select(t => $"{module.Name}: {t.FullName} is public; only {module.Module.GetType().Name} may be.")
            .ToList();
    }

    /// <summary>Rule 2: a module uses other modules only through their Contracts assemblies.</summary>
    public static IReadOnlyList<string> ModulesUseOthersOnlyThroughContracts(
        ModuleUnderTest module, IReadOnlyList<ModuleUnderTest> all)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(all);
        var referenced = AssemblyReferences.ReferencedAssemblyNames(module.Implementation);
        return all.Where(other => other.Implementation != module.Implementation)
            .Select(other => other.Implementation.GetName().Name!)
            .Where(referenced.Contains)
            .Select(name => $"{module.Name} references the implementation assembly {name}; use its Contracts.")
            .ToList();
    }

    /// <summary>Rule 3: building blocks know nothing of modules.</summary>
    public static IReadOnlyList<string> BuildingBlocksReferenceNoModule(Assembly buildingBlock, IReadOnlyList<ModuleUnderTest> all)
    {
        ArgumentNullException.ThrowIfNull(buildingBlock);
        ArgumentNullException.ThrowIfNull(all);
        var referenced = AssemblyReferences.ReferencedAssemblyNames(buildingBlock);
        var moduleAssemblies = all.SelectMany(m => new[] { m.Implementation, m.Contracts })
            .OfType<Assembly>().Select(a => a.GetName().Name!);
        return moduleAssemblies.Where(referenced.Contains)
            .Select(name => $"{buildingBlock.GetName().Name} references module assembly {name}.")
            .ToList();
    }

    /// <summary>Rule 4: Contracts hold only records, interfaces and enums, and no EF Core.</summary>
    public static IReadOnlyList<string> ContractsAreThin(ModuleUnderTest module)
    {
        ArgumentNullException.ThrowIfNull(module);
        if (module.Contracts is null)
        {
            return [];
        }

        var violations = module.Contracts.GetTypes()
            .Where(t => !t.IsNested && t.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .Where(t => !(t.IsInterface || t.IsEnum || IsRecord(t)))
            .Select(t => $"{module.Contracts.GetName().Name}: {t.FullName} is not a record, interface or enum.")
            .ToList();
        if (AssemblyReferences.ReferencedAssemblyNames(module.Contracts).Any(n => n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)))
        {
            violations.Add($"{module.Contracts.GetName().Name} references EF Core.");
        }

        return violations;
    }

    /// <summary>Rule 5: every table a module maps lives in its own schema and holds its own types.</summary>
    public static IReadOnlyList<string> ModuleTablesLiveInItsOwnSchema(ModuleUnderTest module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var violations = new List<string>();
        foreach (var model in ModelsOf(module))
        {
            foreach (var entity in model.GetEntityTypes().Where(e => e.GetTableName() is not null))
            {
                if (entity.GetSchema() != module.Name)
                {
                    violations.Add($"{module.Name}: {entity.ClrType.Name} is mapped to schema '{entity.GetSchema()}'.");
                }

                if (entity.ClrType.Assembly != module.Implementation && entity.ClrType.Assembly != BuildingBlocks)
                {
                    violations.Add($"{module.Name}: maps {entity.ClrType.FullName} from {entity.ClrType.Assembly.GetName().Name}.");
                }
            }
        }

        return violations;
    }

    /// <summary>Rule 6: no string in a module's IL names another module's schema (raw SQL across modules).</summary>
    public static IReadOnlyList<string> NoSqlNamesAnotherModulesSchema(ModuleUnderTest module, IReadOnlyList<ModuleUnderTest> all)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(all);
        var others = all.Where(o => o.Name != module.Name).Select(o => o.Name).ToList();
        return AssemblyReferences.StringLiterals(module.Implementation)
            .SelectMany(l => others
                .Where(schema => Regex.IsMatch(l.Literal, $@"(?<![A-Za-z0-9_""]){Regex.Escape(schema)}""?\.""?[a-z_]", RegexOptions.IgnoreCase))
                .Select(schema => $"{module.Name}: {l.Method} names schema '{schema}' in \"{l.Literal}\"."))
            .Distinct()
            .ToList();
    }

    /// <summary>Rule 7: every MediatR request has exactly one handler in its assembly, and every command a validator.</summary>
    public static IReadOnlyList<string> EveryRequestHasOneHandlerAndAValidator(ModuleUnderTest module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var types = module.Implementation.GetTypes();
        var violations = new List<string>();
        foreach (var request in types.Where(t => !t.IsAbstract && ResponseOf(t) is not null))
        {
            var handlerInterface = typeof(IRequestHandler<,>).MakeGenericType(request, ResponseOf(request)!);
            var handlers = types.Count(t => !t.IsAbstract && handlerInterface.IsAssignableFrom(t));
            if (handlers != 1)
            {
                violations.Add($"{module.Name}: {request.Name} has {handlers} handlers.");
            }

            var isQuery = request.Name.StartsWith("Get", StringComparison.Ordinal) || request.Name.StartsWith("List", StringComparison.Ordinal);
            var takesInput = request.GetProperties().Length > 0;
            var validator = typeof(IValidator<>).MakeGenericType(request);
            if (!isQuery && takesInput && !types.Any(t => !t.IsAbstract && validator.IsAssignableFrom(t)))
            {
                violations.Add($"{module.Name}: command {request.Name} has no validator.");
            }
        }

        return violations;
    }

    /// <summary>
    /// Rule 8: every command (a request not named Get... or List...) has an <c>IAuthorizer&lt;TCommand&gt;</c> in its
    /// assembly, which the mediator runs before the handler, so a new use case cannot forget who may send it.
    /// </summary>
    public static IReadOnlyList<string> EveryCommandHasAnAuthorizer(ModuleUnderTest module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var types = module.Implementation.GetTypes();
        return types
            .Where(t => !t.IsAbstract && ResponseOf(t) is not null)
            .Where(t => !t.Name.StartsWith("Get", StringComparison.Ordinal) && !t.Name.StartsWith("List", StringComparison.Ordinal))
            .Where(command => !types.Any(t => !t.IsAbstract && typeof(IAuthorizer<>).MakeGenericType(command).IsAssignableFrom(t)))
            .Select(command => $"{module.Name}: command {command.Name} has no authorizer.")
            .ToList();
    }

    private static Type? ResponseOf(Type type)
        => type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))
            ?.GetGenericArguments()[0];

    private static bool IsRecord(Type type)
        => type.GetMethod("<Clone>$") is not null
            || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic) is not null);

    private static IEnumerable<Microsoft.EntityFrameworkCore.Metadata.IModel> ModelsOf(ModuleUnderTest module)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Mobility"] = "Host=127.0.0.1;Database=architecture_tests",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddModules(configuration, [module.Module]);
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        foreach (var contextType in module.Implementation.GetTypes().Where(t => !t.IsAbstract && typeof(ModuleDbContext).IsAssignableFrom(t)))
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            yield return context.Model;
        }
    }
}
