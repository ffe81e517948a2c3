namespace Mobility.GraphQL.Language.Ast;

internal abstract record ExecutableDefinitionNode(StringValueNode? Description, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : DefinitionNode;

internal sealed record OperationDefinitionNode(
    StringValueNode? Description,
    OperationType Operation,
    NameNode? Name,
    IReadOnlyList<VariableDefinitionNode> VariableDefinitions,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : ExecutableDefinitionNode(Description, Directives, SelectionSet);

internal sealed record FragmentDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    NamedTypeNode TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : ExecutableDefinitionNode(Description, Directives, SelectionSet);

internal sealed record VariableDefinitionNode(
    StringValueNode? Description,
    VariableNode Variable,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives) : SyntaxNode;

internal sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections) : SyntaxNode;

internal abstract record SelectionNode(IReadOnlyList<DirectiveNode> Directives) : SyntaxNode;

internal sealed record FieldNode(
    NameNode? Alias,
    NameNode Name,
    IReadOnlyList<ArgumentNode> Arguments,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode? SelectionSet) : SelectionNode(Directives)
{
    public string ResponseName => (Alias ?? Name).Value;
}

internal sealed record FragmentSpreadNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SelectionNode(Directives);

internal sealed record InlineFragmentNode(
    NamedTypeNode? TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : SelectionNode(Directives);

internal sealed record ArgumentNode(NameNode Name, ValueNode Value) : SyntaxNode;

internal sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments) : SyntaxNode;
