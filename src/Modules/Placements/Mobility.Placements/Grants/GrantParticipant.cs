namespace Mobility.Placements.Grants;

/// <summary>Whose daily rate applies. Accompanying persons are paid as staff but bring no organisational support.</summary>
internal enum GrantParticipant
{
    Learner,
    Staff,
    AccompanyingPerson,
}
