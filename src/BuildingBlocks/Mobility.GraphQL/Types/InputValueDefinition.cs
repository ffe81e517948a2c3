using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Types;

/// <summary>§3.6.1 / §3.10 An argument or an input object field.</summary>
internal sealed class InputValueDefinition(string name, GraphQLType type)
{
    public string Name { get; } = name;

    public GraphQLType Type { get; internal set; } = type;

    public string? Description { get; internal set; }

    public string? DeprecationReason { get; internal set; }

    /// <summary>The default as written in SDL (printed back verbatim); coerced lazily by the executor.</summary>
    public ValueNode? DefaultValue { get; internal set; }

    public bool HasDefault => DefaultValue is not null;

    /// <summary>Code-first <c>[ID]</c>: the global IDs it accepts with global object identification.</summary>
    public Relay.GlobalIdInput? GlobalId { get; internal set; }

    /// <summary>Whether coercion decodes global IDs in this value (its own, or its input object's fields').</summary>
    public bool DecodesGlobalIds { get; internal set; }

    public bool IsRequired => Type is NonNullType && DefaultValue is null;
}
