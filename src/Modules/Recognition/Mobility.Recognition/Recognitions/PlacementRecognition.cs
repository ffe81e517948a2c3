namespace Mobility.Recognition.Recognitions;

/// <summary>
/// The recognition of one placement's learning outcomes: the units agreed before departure, the host tutor's
/// assessment, the sending school's validation and its decision on each unit. Holds a copy of what it needs from
/// Placements and Enrolment (who, where, when, the host tutor's e-mail), kept current by their events.
/// Split by step: units, assessment, validation and decisions.
/// </summary>
internal sealed partial class PlacementRecognition
{
    public const int MaxUnits = 10;

    private readonly List<UnitOfLearningOutcomes> _units = [];
    private readonly List<RecognitionDecision> _decisions = [];

    private PlacementRecognition()
    {
    }

    public Guid Id { get; private set; }

    public Guid PlacementId { get; private set; }

    public Guid LearnerId { get; private set; }

    public Guid SendingOrganisationId { get; private set; }

    public Guid? HostOrganisationId { get; private set; }

    public Guid QualificationId { get; private set; }

    public string QualificationName { get; private set; } = "";

    public int EqfLevel { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    /// <summary>The learner's last day abroad: the end date, or the day an interrupted placement stopped.</summary>
    public DateOnly ReturnedOn { get; private set; }

    public string? HostTutorName { get; private set; }

    /// <summary>Lower-case; the host tutor's user sees and assesses the placement through it.</summary>
    public string? HostTutorEmail { get; private set; }

    public DateTime OpenedAt { get; private set; }

    public int? AgreedVersion { get; private set; }

    public DateTime? AgreedAt { get; private set; }

    public IReadOnlyList<UnitOfLearningOutcomes> Units => _units;

    public IReadOnlyList<RecognitionDecision> Decisions => _decisions;

    public static PlacementRecognition Open(Guid id, PlacementSnapshot placement, DateTime now) => new()
    {
        Id = id,
        PlacementId = placement.PlacementId,
        LearnerId = placement.LearnerId,
        SendingOrganisationId = placement.SendingOrganisationId,
        HostOrganisationId = placement.HostOrganisationId,
        QualificationId = placement.QualificationId,
        QualificationName = placement.QualificationName,
        EqfLevel = placement.EqfLevel,
        StartsOn = placement.StartsOn,
        EndsOn = placement.EndsOn,
        ReturnedOn = placement.EndsOn,
        HostTutorName = placement.HostTutorName,
        HostTutorEmail = placement.HostTutorEmail?.Trim().ToLowerInvariant(),
        OpenedAt = now,
    };

    public void RecordHostTutor(string name, string email)
    {
        HostTutorName = name.Trim();
        HostTutorEmail = email.Trim().ToLowerInvariant();
    }

    public void RecordInterruption(DateOnly lastDayAbroad) => ReturnedOn = lastDayAbroad;

    public UnitOfLearningOutcomes Unit(Guid unitId)
        => _units.Find(u => u.Id == unitId) ?? throw new Mobility.BuildingBlocks.Domain.NotFoundException("Unit of learning outcomes", unitId);
}

/// <summary>What a recognition copies from Placements and Enrolment when it is opened.</summary>
internal sealed record PlacementSnapshot(
    Guid PlacementId, Guid LearnerId, Guid SendingOrganisationId, Guid? HostOrganisationId, DateOnly StartsOn, DateOnly EndsOn,
    string? HostTutorName, string? HostTutorEmail, Guid QualificationId, string QualificationName, int EqfLevel);
