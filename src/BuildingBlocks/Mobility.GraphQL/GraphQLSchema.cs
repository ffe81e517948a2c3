using Mobility.GraphQL.Introspection;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL;

/// <summary>
/// A built, validated, executable schema. Build it once at startup: building checks the whole type system
/// and throws <see cref="GraphQLSchemaException"/> listing every problem.
/// </summary>
public sealed class GraphQLSchema
{
    private GraphQLSchema(Schema schema)
    {
        Inner = schema;
        IntrospectionBinder.Bind(schema);
        Sdl = SchemaPrinter.Print(schema);
    }

    internal Schema Inner { get; }

    /// <summary>The schema as SDL, in graphql-js's printSchema layout.</summary>
    public string Sdl { get; }

    /// <summary>Schema-first: SDL plus optional resolvers; unbound fields read the parent's member or dictionary entry of the same name.</summary>
    /// <param name="sdl">The type definitions.</param>
    /// <param name="bind">Attaches resolvers and abstract type resolution.</param>
    /// <returns>The schema.</returns>
    public static GraphQLSchema FromSdl(string sdl, Action<SchemaBindings>? bind = null)
    {
        var schema = SdlSchemaBuilder.Build(sdl);
        if (bind is not null)
        {
            var bindings = new SchemaBindings(schema);
            bind(bindings);
            bindings.ThrowIfInvalid();
        }

        return new GraphQLSchema(schema);
    }

    internal static GraphQLSchema FromBuilt(Schema schema) => new(schema);
}
