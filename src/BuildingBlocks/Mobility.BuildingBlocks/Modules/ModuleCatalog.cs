namespace Mobility.BuildingBlocks.Modules;

/// <summary>The modules the host was composed from, in registration order.</summary>
public sealed class ModuleCatalog(IReadOnlyList<IModule> modules)
{
    public IReadOnlyList<IModule> Modules { get; } = modules;
}
