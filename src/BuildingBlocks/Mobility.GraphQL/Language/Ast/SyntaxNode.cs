namespace Mobility.GraphQL.Language.Ast;

/// <summary>
/// Base of all immutable AST nodes. Nodes are records for brevity, but identity matters
/// (two equal-looking fields at different places are different nodes): key caches with
/// <see cref="ReferenceEqualityComparer"/>.
/// </summary>
internal abstract record SyntaxNode
{
    public Location Location { get; init; }
}

internal sealed record NameNode(string Value) : SyntaxNode
{
    public override string ToString() => Value;
}

internal sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions) : SyntaxNode;

internal abstract record DefinitionNode : SyntaxNode;

internal enum OperationType { Query, Mutation, Subscription }

internal static class OperationTypeExtensions
{
    public static string Keyword(this OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
