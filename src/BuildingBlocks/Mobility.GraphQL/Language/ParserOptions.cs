namespace Mobility.GraphQL.Language;

/// <summary>Limits that protect the server from hostile documents. Exceeding one is a syntax error.</summary>
public sealed record ParserOptions
{
    /// <summary>The defaults: 1 MiB characters, 100,000 tokens, nesting depth 200.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>Longest accepted document, in UTF-16 characters.</summary>
    public int MaxDocumentLength { get; init; } = 1024 * 1024;

    /// <summary>Most tokens a document may contain (comments excluded).</summary>
    public int MaxTokens { get; init; } = 100_000;

    /// <summary>Deepest nesting of selection sets, values and type references.</summary>
    public int MaxDepth { get; init; } = 200;

    /// <summary>Whether AST nodes keep their locations (needed for error locations).</summary>
    public bool NoLocations { get; init; }
}
