using System.Reflection;
using Mobility.BuildingBlocks.Modules;

namespace Mobility.ArchitectureTests.Rules;

/// <summary>A module's implementation assembly and, when it has one, its thin Contracts assembly.</summary>
public sealed record ModuleUnderTest(IModule Module, Assembly Implementation, Assembly? Contracts)
{
    public string Name => Module.Name;

    public static ModuleUnderTest From(IModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var implementation = module.GetType().Assembly;
        var contractsName = implementation.GetName().Name + ".Contracts";
        Assembly? contracts = null;
        if (implementation.GetReferencedAssemblies().Any(a => a.Name == contractsName))
        {
            contracts = Assembly.Load(contractsName);
        }

        return new ModuleUnderTest(module, implementation, contracts);
    }
}
