namespace Mobility.Placements.OpenData;

/// <summary>An organisation named in the open data, once per normalised name, country and city.</summary>
internal sealed class OpenDataOrganisation
{
    private OpenDataOrganisation()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>SHA-256 of the normalised name, country and city (see <see cref="NaturalKeys"/>).</summary>
    public string NaturalKey { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Country { get; private set; } = "";

    public string City { get; private set; } = "";

    public bool SeenSending { get; private set; }

    public bool SeenReceiving { get; private set; }

    public static OpenDataOrganisation Create(string naturalKey, OpenDataPlace place)
        => new() { Id = Guid.CreateVersion7(), NaturalKey = naturalKey, Name = place.Name, Country = place.Country, City = place.City };

    public void SeenAs(OpenDataRole role)
    {
        SeenSending |= role == OpenDataRole.Sending;
        SeenReceiving |= role == OpenDataRole.Receiving;
    }
}
