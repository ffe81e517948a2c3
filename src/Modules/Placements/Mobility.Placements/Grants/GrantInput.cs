using Mobility.Placements.Places;

namespace Mobility.Placements.Grants;

/// <summary>
/// What the unit-cost rules need about one participant. <see cref="FewerOpportunities"/> is supplied by the
/// coordinator: Enrolment keeps it as sensitive data and does not share it. <see cref="ParticipantNumber"/> is the
/// participant's rank in the call year's project, which decides the organisational-support tier.
/// </summary>
internal sealed record GrantInput(
    GrantParticipant Participant,
    GeoPoint Origin,
    GeoPoint Destination,
    string DestinationCountry,
    int ActivityDays,
    bool GreenTravel,
    int TravelDays,
    bool FewerOpportunities,
    int ParticipantNumber);
