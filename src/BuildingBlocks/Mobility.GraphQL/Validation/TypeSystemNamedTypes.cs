using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation;

/// <summary>The named-type references inside a type-system definition found in an executable document.</summary>
internal static class TypeSystemNamedTypes
{
    public static IEnumerable<NamedTypeNode> In(DefinitionNode definition) => definition switch
    {
        SchemaDefinitionNode s => s.OperationTypes.Select(o => o.Type),
        ObjectTypeDefinitionNode o => o.Interfaces.Concat(Fields(o.Fields)),
        InterfaceTypeDefinitionNode i => i.Interfaces.Concat(Fields(i.Fields)),
        UnionTypeDefinitionNode u => u.Types,
        InputObjectTypeDefinitionNode io => io.Fields.Select(f => f.Type.NamedType),
        DirectiveDefinitionNode d => d.Arguments.Select(a => a.Type.NamedType),
        _ => [],
    };

    private static IEnumerable<NamedTypeNode> Fields(IReadOnlyList<FieldDefinitionNode> fields) =>
        fields.SelectMany(f => f.Arguments.Select(a => a.Type.NamedType).Append(f.Type.NamedType));
}
