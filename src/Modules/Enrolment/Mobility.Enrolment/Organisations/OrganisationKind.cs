namespace Mobility.Enrolment.Organisations;

internal enum OrganisationKind
{
    VocationalSchool,
    TrainingCentre,
    ChamberOfCrafts,
    Company,
    Intermediary,
    PublicAuthority,
}
