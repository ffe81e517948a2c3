namespace Mobility.GraphQL.AspNetCore;

/// <summary>How the GraphQL-over-HTTP endpoint behaves.</summary>
public sealed record GraphQLHttpOptions
{
    /// <summary>Largest accepted POST body, in bytes (HotChocolate's default: 20,480,000).</summary>
    public long MaxRequestBytes { get; init; } = 20_480_000;

    /// <summary>Accept queries (never mutations) through GET.</summary>
    public bool EnableGetRequests { get; init; } = true;

    /// <summary>Answer <c>GET ?sdl</c> with the schema as SDL text.</summary>
    public bool EnableSchemaRequests { get; init; } = true;
}
