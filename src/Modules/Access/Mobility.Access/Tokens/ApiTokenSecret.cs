using System.Security.Cryptography;
using System.Text;

namespace Mobility.Access.Tokens;

/// <summary>
/// Token secrets: 32 random bytes (256 bits) in base64url behind a recognisable prefix, so secret scanners and people
/// can tell a Mobility token. A plain SHA-256 is the right hash here: unlike a password, a 256-bit random secret cannot
/// be guessed, so a slow hash would only slow every request down.
/// </summary>
internal static class ApiTokenSecret
{
    public const string Prefix = "mob_";

    public static string New() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
