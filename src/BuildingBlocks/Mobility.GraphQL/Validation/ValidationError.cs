using Mobility.GraphQL.Language;
using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation;

/// <summary>A §5 validation failure: the message and where in the document it applies.</summary>
internal sealed record ValidationError(string Message, IReadOnlyList<SourceLocation> Locations)
{
    public static ValidationError At(string message, params SyntaxNode[] nodes) =>
        new(message, [.. nodes.Select(n => n.Location.ToSourceLocation())]);
}
