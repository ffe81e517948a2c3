namespace Mobility.GraphQL.Language;

/// <summary>A 1-based line and column in a GraphQL document, as reported in errors.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column, counted in UTF-16 code units like graphql-js.</param>
public readonly record struct SourceLocation(int Line, int Column);
