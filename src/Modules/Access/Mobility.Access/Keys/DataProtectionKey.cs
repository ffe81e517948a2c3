namespace Mobility.Access.Keys;

/// <summary>
/// One key of ASP.NET Core's data-protection key ring (which encrypts the session cookie and the antiforgery
/// tokens), kept in the database so every host of a cluster, and a restarted host, reads the same keys.
/// </summary>
internal sealed class DataProtectionKey(Guid id, string friendlyName, string xml)
{
    public Guid Id { get; private set; } = id;

    public string FriendlyName { get; private set; } = friendlyName;

    public string Xml { get; private set; } = xml;
}
