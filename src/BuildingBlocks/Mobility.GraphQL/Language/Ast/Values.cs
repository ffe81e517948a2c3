namespace Mobility.GraphQL.Language.Ast;

internal abstract record ValueNode : SyntaxNode;

internal sealed record VariableNode(NameNode Name) : ValueNode;

internal sealed record IntValueNode(string Value) : ValueNode;

internal sealed record FloatValueNode(string Value) : ValueNode;

internal sealed record StringValueNode(string Value, bool Block) : ValueNode;

internal sealed record BooleanValueNode(bool Value) : ValueNode;

internal sealed record NullValueNode : ValueNode;

internal sealed record EnumValueNode(string Value) : ValueNode;

internal sealed record ListValueNode(IReadOnlyList<ValueNode> Values) : ValueNode;

internal sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields) : ValueNode;

internal sealed record ObjectFieldNode(NameNode Name, ValueNode Value) : SyntaxNode;
