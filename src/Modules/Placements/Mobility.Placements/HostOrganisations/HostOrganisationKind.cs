namespace Mobility.Placements.HostOrganisations;

internal enum HostOrganisationKind
{
    Company,
    TrainingBody,
}
