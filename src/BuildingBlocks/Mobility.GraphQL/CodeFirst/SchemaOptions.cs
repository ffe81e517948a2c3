namespace Mobility.GraphQL.CodeFirst;

/// <summary>Schema-wide switches of a code-first schema, set through <see cref="GraphQLSchemaBuilder"/>.</summary>
internal sealed class SchemaOptions
{
    public bool RequireAuthenticatedUser { get; set; }
}
