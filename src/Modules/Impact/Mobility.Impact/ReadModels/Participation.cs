namespace Mobility.Impact.ReadModels;

/// <summary>A learner's completed outgoing placement, as Placements announced it (PlacementCompleted).</summary>
internal sealed class Participation
{
    public const string UnknownSector = "Unknown";

    private Participation()
    {
    }

    public Guid PlacementId { get; private set; }

    public Guid LearnerId { get; private set; }

    public Guid? SendingOrganisationId { get; private set; }

    public int CallYear { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public int DurationDays { get; private set; }

    public string DestinationCountry { get; private set; } = "";

    public string Sector { get; private set; } = UnknownSector;

    public string Kind { get; private set; } = "";

    public DateTime CompletedAt { get; private set; }

    /// <summary>The academic year the placement ended in, September to August: "2019-2020".</summary>
    public string AcademicYear { get; private set; } = "";

    public string DurationBand { get; private set; } = "";

    public static Participation Record(
        Guid placementId, Guid learnerId, Guid? sendingOrganisationId, int callYear, DateOnly startsOn, DateOnly endsOn,
        int durationDays, string destinationCountry, string? sector, string kind, DateTime completedAt)
        => new()
        {
            PlacementId = placementId,
            LearnerId = learnerId,
            SendingOrganisationId = sendingOrganisationId,
            CallYear = callYear,
            StartsOn = startsOn,
            EndsOn = endsOn,
            DurationDays = durationDays,
            DestinationCountry = destinationCountry,
            Sector = string.IsNullOrWhiteSpace(sector) ? UnknownSector : sector.Trim(),
            Kind = kind,
            CompletedAt = completedAt,
            AcademicYear = Indicators.AcademicYears.Of(endsOn),
            DurationBand = Indicators.DurationBands.Of(durationDays),
        };
}
