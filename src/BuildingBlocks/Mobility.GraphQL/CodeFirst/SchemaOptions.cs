namespace Mobility.GraphQL.CodeFirst;

/// <summary>Schema-wide switches of a code-first schema, set through <see cref="GraphQLSchemaBuilder"/>.</summary>
internal sealed class SchemaOptions
{
    public bool RequireAuthenticatedUser { get; set; }

    public bool GlobalObjectIdentification { get; set; }

    /// <summary>Whether an <c>[ID]</c> input also takes a bare key (a UUID) besides a global ID.</summary>
    public bool AcceptBareKeys { get; set; }

    /// <summary>Null unless <c>AddMutationConventions</c> was called.</summary>
    public MutationConventionOptions? MutationConventions { get; set; }

    /// <summary>Node types registered with a resolver delegate (<c>AddNode</c>).</summary>
    public List<(Type Clr, Delegate Resolver)> Nodes { get; } = [];
}
