namespace Mobility.Placements.Contracts;

/// <summary>Outgoing: one of our learners or staff goes abroad. Incoming: a member school hosts someone from abroad.</summary>
public enum PlacementDirection
{
    Outgoing,
    Incoming,
}
