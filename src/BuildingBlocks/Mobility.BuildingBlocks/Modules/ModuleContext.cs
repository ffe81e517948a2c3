using Microsoft.Extensions.Configuration;
using Mobility.BuildingBlocks.Persistence;

namespace Mobility.BuildingBlocks.Modules;

/// <summary>What the host hands to each module when it registers its services.</summary>
public sealed record ModuleContext(IConfiguration Configuration, DatabaseOptions Database);
