using Mobility.GraphQL.Language.Ast;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Execution;

/// <summary>§6.4.1 CoerceVariableValues, with graphql-js 17's messages.</summary>
internal static class VariableValues
{
    public static Dictionary<string, object?> Coerce(Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? inputs, List<GraphQLError> errors)
    {
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var type = schema.TypeFromAst(definition.Type)!;
            var location = definition.Location.ToSourceLocation();
            if (inputs is null || !inputs.TryGetValue(name, out var value))
            {
                if (definition.DefaultValue is not null)
                {
                    coerced[name] = LiteralValues.Coerce(definition.DefaultValue, type, null);
                }
                else if (type is NonNullType)
                {
                    errors.Add(new GraphQLError($"Variable \"${name}\" has invalid value: Expected a value of non-null type \"{type}\" to be provided.", [location], null, ErrorCodes.BadUserInput));
                }

                continue;
            }

            var before = errors.Count;
            var result = InputValues.Coerce(value, type, (message, path) =>
                errors.Add(new GraphQLError($"Variable \"${name}\" has invalid value{(path.Length > 0 ? " at " + path : "")}: {message}", [location], null, ErrorCodes.BadUserInput)));
            if (errors.Count == before)
            {
                coerced[name] = result;
            }
        }

        return coerced;
    }
}
