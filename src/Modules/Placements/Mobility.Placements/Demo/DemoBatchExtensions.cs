using Mobility.Placements.HostOrganisations;

namespace Mobility.Placements.Demo;

internal static class DemoBatchExtensions
{
    public static void AddHosts(this DemoBatch batch, IEnumerable<DemoHost> hosts)
    {
        foreach (var host in hosts)
        {
            batch.Hosts.Add(host.ToEntity());
            batch.HostSectors[host.Id] = host.Sector;
        }
    }

    public static HostOrganisation Host(this DemoBatch batch, DemoHost host) => batch.Hosts.Single(h => h.Id == host.Id);
}
