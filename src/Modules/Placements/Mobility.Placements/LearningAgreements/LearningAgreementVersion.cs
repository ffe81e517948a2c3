using Mobility.BuildingBlocks.Domain;

namespace Mobility.Placements.LearningAgreements;

/// <summary>
/// One version of a placement's learning agreement. A revision is a new version with its reason; the old one keeps
/// its signatures as a record, and the new one must be signed again by all three parties.
/// </summary>
internal sealed class LearningAgreementVersion
{
    private readonly List<LearningObjective> _objectives = [];

    private LearningAgreementVersion()
    {
    }

    public LearningAgreementVersion(
        Guid id, Guid placementId, int version, IReadOnlyList<ObjectiveInput> objectives, string? reason, string draftedBy, DateTime now)
    {
        Id = id;
        PlacementId = placementId;
        Version = version;
        RevisionReason = reason?.Trim();
        DraftedBy = draftedBy.Trim();
        DraftedAt = now;
        _objectives.AddRange(objectives.Select((o, i) => new LearningObjective(id, i + 1, o.Description, o.SuccessIndicator)));
    }

    public Guid Id { get; private set; }

    public Guid PlacementId { get; private set; }

    public int Version { get; private set; }

    public string? RevisionReason { get; private set; }

    public string DraftedBy { get; private set; } = "";

    public DateTime DraftedAt { get; private set; }

    public string? ParticipantSignedBy { get; private set; }

    public DateTime? ParticipantSignedAt { get; private set; }

    public string? SendingSchoolSignedBy { get; private set; }

    public DateTime? SendingSchoolSignedAt { get; private set; }

    public string? HostSignedBy { get; private set; }

    public DateTime? HostSignedAt { get; private set; }

    public IReadOnlyList<LearningObjective> Objectives => _objectives;

    public bool IsFullySigned => ParticipantSignedAt is not null && SendingSchoolSignedAt is not null && HostSignedAt is not null;

    public void Sign(LearningAgreementParty party, string signedBy, DateTime now)
    {
        Rule.Require(!string.IsNullOrWhiteSpace(signedBy), "SIGNATORY_REQUIRED", "Say who signs.");
        Rule.Require(SignedAt(party) is null, "LEARNING_AGREEMENT_ALREADY_SIGNED",
            $"Version {Version} of the learning agreement is already signed by the {party}.");
        var name = signedBy.Trim();
        switch (party)
        {
            case LearningAgreementParty.Participant:
                (ParticipantSignedBy, ParticipantSignedAt) = (name, now);
                break;
            case LearningAgreementParty.SendingSchool:
                (SendingSchoolSignedBy, SendingSchoolSignedAt) = (name, now);
                break;
            default:
                (HostSignedBy, HostSignedAt) = (name, now);
                break;
        }
    }

    public DateTime? SignedAt(LearningAgreementParty party) => party switch
    {
        LearningAgreementParty.Participant => ParticipantSignedAt,
        LearningAgreementParty.SendingSchool => SendingSchoolSignedAt,
        _ => HostSignedAt,
    };
}
