using Microsoft.AspNetCore.Routing;

namespace Mobility.BuildingBlocks.Modules;

/// <summary>A module that serves HTTP endpoints of its own besides GraphQL (pages, forms); the host maps them once.</summary>
public interface IModuleEndpoints
{
    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
