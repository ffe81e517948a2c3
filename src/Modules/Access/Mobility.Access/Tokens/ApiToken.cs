using Mobility.BuildingBlocks.Domain;

namespace Mobility.Access.Tokens;

/// <summary>
/// A personal API token: its secret is shown once when created and only its SHA-256 hash is kept, so the table can
/// leak without giving anyone access. Refused once expired or revoked.
/// </summary>
internal sealed class ApiToken
{
    public const int MaxNameLength = 100;
    public const int DefaultDays = 90;
    public const int MaxDays = 366;

    private ApiToken()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Lower-case hex SHA-256 of the whole secret.</summary>
    public string SecretHash { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public DateTime? LastUsedAt { get; private set; }

    public static (ApiToken Token, string Secret) Issue(Guid id, Guid userId, string name, int days, DateTime now)
    {
        Rule.Require(!string.IsNullOrWhiteSpace(name), "TOKEN_NAME_REQUIRED", "An API token needs a name.");
        Rule.Require(days is >= 1 and <= MaxDays, "TOKEN_LIFETIME", $"An API token lives 1 to {MaxDays} days, not {days}.");
        var secret = ApiTokenSecret.New();
        var token = new ApiToken
        {
            Id = id,
            UserId = userId,
            Name = name.Trim(),
            SecretHash = ApiTokenSecret.Hash(secret),
            CreatedAt = now,
            ExpiresAt = now.AddDays(days),
        };
        return (token, secret);
    }

    public ApiTokenState StateAt(DateTime now) =>
        RevokedAt is not null ? ApiTokenState.Revoked : now >= ExpiresAt ? ApiTokenState.Expired : ApiTokenState.Active;

    public void Revoke(DateTime now)
    {
        Rule.Require(RevokedAt is null, "TOKEN_ALREADY_REVOKED", $"API token '{Name}' ({Id}) was already revoked on {RevokedAt:u}.");
        RevokedAt = now;
    }

    /// <summary>Records a use; at most once a minute, so a busy client does not write on every request.</summary>
    public bool MarkUsed(DateTime now)
    {
        if (LastUsedAt is { } last && now - last < TimeSpan.FromMinutes(1))
        {
            return false;
        }

        LastUsedAt = now;
        return true;
    }
}

internal enum ApiTokenState
{
    /// <summary>Authenticates requests.</summary>
    Active,

    /// <summary>Past its expiry: refused.</summary>
    Expired,

    /// <summary>Revoked by its user or an operator: refused.</summary>
    Revoked,
}
