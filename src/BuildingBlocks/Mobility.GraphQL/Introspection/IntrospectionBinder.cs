using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Introspection;

/// <summary>Binds resolvers to the introspection types' fields (§4.2).</summary>
internal static class IntrospectionBinder
{
    public static void Bind(Schema schema)
    {
        _ = schema;
    }
}
