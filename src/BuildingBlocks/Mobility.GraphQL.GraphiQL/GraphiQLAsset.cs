namespace Mobility.GraphQL.GraphiQL;

/// <summary>One bundled file: read from the assembly's resources on each request, so it is never copied into memory.</summary>
internal sealed record GraphiQLAsset(string ResourceName, long Length, string ContentType, string ETag);
