using Mobility.GraphQL.Language.Ast;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.8.5 All Variable Usages Are Allowed (IsVariableUsageAllowed, with the OneOf field case).</summary>
internal sealed class VariablesInAllowedPositionRule(ValidationContext context) : ValidationRule(context)
{
    public override void LeaveOperation(OperationDefinitionNode node)
    {
        var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in node.VariableDefinitions)
        {
            definitions.TryAdd(definition.Variable.Name.Value, definition);
        }

        foreach (var usage in Context.RecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (!definitions.TryGetValue(name, out var definition) || usage.Type is null
                || Context.Schema.TypeFromAst(definition.Type) is not { } variableType)
            {
                continue;
            }

            if (!IsAllowed(variableType, definition.DefaultValue, usage.Type, usage.HasLocationDefault))
            {
                Report($"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{usage.Type}\".", definition, usage.Node);
            }
            // Like graphql-js, only a nullable OneOf location is checked here; a non-null one is covered by coercion.
            else if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
            {
                Report($"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".", definition, usage.Node);
            }
        }
    }

    private static bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool hasLocationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullDefault = variableDefault is not null and not NullValueNode;
            return (hasNonNullDefault || hasLocationDefault) && IsSubType(variableType, nonNullLocation.OfType);
        }

        return IsSubType(variableType, locationType);
    }

    /// <summary>§5.8.5 AreTypesCompatible for input types.</summary>
    private static bool IsSubType(GraphQLType maybeSub, GraphQLType super) => (maybeSub, super) switch
    {
        (NonNullType sub, NonNullType sup) => IsSubType(sub.OfType, sup.OfType),
        (NonNullType sub, _) => IsSubType(sub.OfType, super),
        (_, NonNullType) => false,
        (ListType sub, ListType sup) => IsSubType(sub.OfType, sup.OfType),
        (ListType, _) or (_, ListType) => false,
        _ => ReferenceEquals(maybeSub, super),
    };
}
