namespace Mobility.Placements.OpenData;

/// <summary>One row of the Erasmus+ mobility open data: statistical history, not a placement of the consortium.</summary>
internal sealed class OpenDataMobility
{
    private OpenDataMobility()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The source row's identity: its <c>id</c> column, else a hash of its content (see <see cref="NaturalKeys"/>).</summary>
    public string NaturalKey { get; private set; } = "";

    public string ProjectReference { get; private set; } = "";

    public string KeyAction { get; private set; } = "";

    public string AcademicYear { get; private set; } = "";

    /// <summary>First day of the start month (the file gives months only).</summary>
    public DateOnly StartMonth { get; private set; }

    public DateOnly EndMonth { get; private set; }

    public int DurationDays { get; private set; }

    public string Activity { get; private set; } = "";

    public int? Participants { get; private set; }

    public string? FieldOfEducation { get; private set; }

    public string? EducationLevel { get; private set; }

    public Guid SendingOrganisationId { get; private set; }

    public Guid ReceivingOrganisationId { get; private set; }

    public Guid ParticipantId { get; private set; }

    public static OpenDataMobility Create(OpenDataRow row, Guid sendingId, Guid receivingId, Guid participantId) => new()
    {
        Id = Guid.CreateVersion7(),
        NaturalKey = row.NaturalKey,
        ProjectReference = row.ProjectReference,
        KeyAction = row.KeyAction,
        AcademicYear = row.AcademicYear,
        StartMonth = row.StartMonth,
        EndMonth = row.EndMonth,
        DurationDays = row.DurationDays,
        Activity = row.Activity,
        Participants = row.Participants,
        FieldOfEducation = row.FieldOfEducation,
        EducationLevel = row.EducationLevel,
        SendingOrganisationId = sendingId,
        ReceivingOrganisationId = receivingId,
        ParticipantId = participantId,
    };
}
