using System.Security.Cryptography;
using System.Text;

namespace Mobility.BuildingBlocks.Demo;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5, SHA-1) so demo data gets the same IDs on every machine and every run,
/// and one module can name another module's demo entities without querying it.
/// </summary>
public static class DeterministicGuid
{
    private static readonly Guid Namespace = new("6f1c3f1e-6a52-4c1b-9d55-3f0b7f3f2a10");

    public static Guid Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var namespaceBytes = Namespace.ToByteArray(bigEndian: true);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var buffer = new byte[namespaceBytes.Length + nameBytes.Length];
        namespaceBytes.CopyTo(buffer, 0);
        nameBytes.CopyTo(buffer, namespaceBytes.Length);
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version 5 UUIDs; nothing here is a secret.
        var hash = SHA1.HashData(buffer);
#pragma warning restore CA5350
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
