using Mobility.Placements.Contracts.Events;
using Mobility.Placements.LearningAgreements;

namespace Mobility.Placements.Lifecycle;

internal static class PlacementEvents
{
    public static PlacementConfirmed Confirmed(Placement p, Guid eventId, DateTime at)
        => new(eventId, at, p.Id, p.Kind, p.Direction, p.LearnerId, p.StaffMemberId, p.SendingOrganisationId, p.HostOrganisationId,
            p.HostSchoolId, p.StartsOn, p.EndsOn, p.DestinationCountry);

    public static PlacementCompleted Completed(Placement p, string? hostSector, Guid eventId, DateTime at)
        => new(eventId, at, p.Id, p.Kind, p.Direction, p.CallYear, p.LearnerId, p.StaffMemberId, p.SendingOrganisationId,
            p.HostOrganisationId, p.HostSchoolId, p.PlacementGroupId, p.StartsOn, p.EndsOn, p.DurationDays, p.OriginCountry,
            p.DestinationCountry, p.DestinationCity, hostSector);

    public static PlacementCancelled Cancelled(Placement p, Guid eventId, DateTime at)
        => new(eventId, at, p.Id, p.Kind, p.LearnerId, p.StaffMemberId, p.StartsOn, p.EndsOn, p.DestinationCountry,
            p.ClosingReason ?? "", p.ForceMajeure);

    public static HostTutorAppointed HostTutorAppointed(Placement p, Guid eventId, DateTime at)
        => new(eventId, at, p.Id, p.HostTutorName ?? "", (p.HostTutorEmail ?? "").ToLowerInvariant(), p.HostTutorPosition ?? "");

    public static LearningAgreementSigned LearningAgreementSigned(Placement p, LearningAgreementVersion version, Guid eventId, DateTime at)
        => new(eventId, at, p.Id, version.Version);

    public static PlacementInterrupted Interrupted(Placement p, Guid eventId, DateTime at)
        => new(eventId, at, p.Id, p.Kind, p.LearnerId, p.StaffMemberId, p.StartsOn, p.EndsOn, p.InterruptedOn ?? p.EndsOn,
            p.ActivityDays, p.DestinationCountry, p.ClosingReason ?? "", p.ForceMajeure);
}
