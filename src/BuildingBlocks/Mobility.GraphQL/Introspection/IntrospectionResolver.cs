using Mobility.GraphQL.Execution.Planning;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Introspection;

/// <summary>§4.2 Answers __schema and __type; the introspection types' own fields are bound by <see cref="IntrospectionBinder"/>.</summary>
internal sealed class IntrospectionResolver(Schema schema)
{
    public object? ResolveRoot(FieldPlan plan, IReadOnlyDictionary<string, object?> arguments) => plan.Kind switch
    {
        FieldKind.Schema => schema,
        _ => arguments.GetValueOrDefault("name") is string name ? schema.Type(name) : null,
    };
}
