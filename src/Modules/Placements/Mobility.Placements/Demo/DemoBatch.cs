using Mobility.BuildingBlocks.Messaging;
using Mobility.Placements.Grants;
using Mobility.Placements.Groups;
using Mobility.Placements.HostOrganisations;
using Mobility.Placements.Lifecycle;
using Mobility.Placements.Selections;
using Mobility.Placements.SendingCompanies;

namespace Mobility.Placements.Demo;

/// <summary>The demo built in memory through the domain's own methods, saved one kind at a time.</summary>
internal sealed class DemoBatch
{
    public List<HostOrganisation> Hosts { get; } = [];

    public List<SelectedLearner> Selections { get; } = [];

    public List<PlacementGroup> Groups { get; } = [];

    public List<Placement> Placements { get; } = [];

    public List<SendingCompany> SendingCompanies { get; } = [];

    public List<PlacementGrant> Grants { get; } = [];

    public List<IIntegrationEvent> Events { get; } = [];

    /// <summary>Host sectors by host id, for the PlacementCompleted event.</summary>
    public Dictionary<Guid, string> HostSectors { get; } = [];
}
