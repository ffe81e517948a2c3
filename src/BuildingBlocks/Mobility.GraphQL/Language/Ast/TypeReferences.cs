namespace Mobility.GraphQL.Language.Ast;

internal abstract record TypeNode : SyntaxNode
{
    public NamedTypeNode NamedType => this switch
    {
        ListTypeNode list => list.Type.NamedType,
        NonNullTypeNode nonNull => nonNull.Type.NamedType,
        _ => (NamedTypeNode)this,
    };
}

internal sealed record NamedTypeNode(NameNode Name) : TypeNode;

internal sealed record ListTypeNode(TypeNode Type) : TypeNode;

internal sealed record NonNullTypeNode(TypeNode Type) : TypeNode;
