namespace Mobility.GraphQL.Language;

/// <summary>Where a node or token sits in the source: character offsets plus 1-based line and column.</summary>
internal readonly record struct Location(int Start, int End, int Line, int Column)
{
    public SourceLocation ToSourceLocation() => new(Line, Column);
}
