namespace Mobility.Recognition.Europass;

/// <summary>An issued Europass Mobility document; its content is frozen as a record (JSON) at issue.</summary>
internal sealed class EuropassDocument
{
    private EuropassDocument()
    {
    }

    public EuropassDocument(Guid id, Guid placementRecognitionId, Guid placementId, Guid learnerId, string number, string content, string issuedBy, DateTime issuedAt)
    {
        Id = id;
        PlacementRecognitionId = placementRecognitionId;
        PlacementId = placementId;
        LearnerId = learnerId;
        Number = number;
        Content = content;
        IssuedBy = issuedBy;
        IssuedAt = issuedAt;
    }

    public Guid Id { get; private set; }

    public Guid PlacementRecognitionId { get; private set; }

    public Guid PlacementId { get; private set; }

    public Guid LearnerId { get; private set; }

    /// <summary>The Europass Mobility number printed on the document, e.g. EM-2027-3F2A9C01.</summary>
    public string Number { get; private set; } = "";

    /// <summary>The <see cref="EuropassMobilityRecord"/> as JSON.</summary>
    public string Content { get; private set; } = "";

    public string IssuedBy { get; private set; } = "";

    public DateTime IssuedAt { get; private set; }

    public EuropassMobilityRecord Record => EuropassJson.ReadRecord(Content);

    public static string NumberFor(Guid id, DateTime issuedAt) => $"EM-{issuedAt:yyyy}-{id.ToString("N")[..8].ToUpperInvariant()}";
}
