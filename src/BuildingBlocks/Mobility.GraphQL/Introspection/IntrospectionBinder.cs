using Mobility.GraphQL.Execution;
using Mobility.GraphQL.Language;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Introspection;

/// <summary>
/// Binds resolvers to the introspection types' fields (§4.2). The parents are the schema model itself:
/// <see cref="Schema"/>, <see cref="GraphQLType"/>, <see cref="FieldDefinition"/>, <see cref="InputValueDefinition"/>,
/// <see cref="EnumValueDefinition"/> and <see cref="DirectiveDefinition"/>.
/// </summary>
internal static class IntrospectionBinder
{
    public static void Bind(Schema schema)
    {
        Bind(schema, "__Schema", new()
        {
            ["description"] = c => c.ParentAs<Schema>().Description,
            ["types"] = c => c.ParentAs<Schema>().Types,
            ["queryType"] = c => c.ParentAs<Schema>().Query,
            ["mutationType"] = c => c.ParentAs<Schema>().Mutation,
            ["subscriptionType"] = c => c.ParentAs<Schema>().Subscription,
            ["directives"] = c => c.ParentAs<Schema>().Directives,
        });
        Bind(schema, "__Type", new()
        {
            ["kind"] = c => Kind(c.ParentAs<GraphQLType>().Kind),
            ["name"] = c => (c.Parent as NamedType)?.Name,
            ["description"] = c => (c.Parent as NamedType)?.Description,
            ["specifiedByURL"] = c => (c.Parent as ScalarType)?.SpecifiedByUrl,
            ["fields"] = c => (c.Parent as ComplexType)?.Fields.Where(f => IncludeDeprecated(c) || f.DeprecationReason is null),
            ["interfaces"] = c => (c.Parent as ComplexType)?.Interfaces,
            ["possibleTypes"] = c => c.Parent is NamedType { IsAbstract: true } t ? schema.PossibleTypes(t) : null,
            ["enumValues"] = c => (c.Parent as EnumType)?.Values.Where(v => IncludeDeprecated(c) || v.DeprecationReason is null),
            ["inputFields"] = c => (c.Parent as InputObjectType)?.Fields.Where(f => IncludeDeprecated(c) || f.DeprecationReason is null),
            ["ofType"] = c => c.Parent switch
            {
                ListType l => l.OfType,
                NonNullType n => n.OfType,
                _ => null,
            },
            ["isOneOf"] = c => c.Parent is InputObjectType input ? input.IsOneOf : null,
        });
        Bind(schema, "__Field", new()
        {
            ["name"] = c => c.ParentAs<FieldDefinition>().Name,
            ["description"] = c => c.ParentAs<FieldDefinition>().Description,
            ["args"] = c => c.ParentAs<FieldDefinition>().Arguments.Where(a => IncludeDeprecated(c) || a.DeprecationReason is null),
            ["type"] = c => c.ParentAs<FieldDefinition>().Type,
            ["isDeprecated"] = c => c.ParentAs<FieldDefinition>().DeprecationReason is not null,
            ["deprecationReason"] = c => c.ParentAs<FieldDefinition>().DeprecationReason,
        });
        Bind(schema, "__InputValue", new()
        {
            ["name"] = c => c.ParentAs<InputValueDefinition>().Name,
            ["description"] = c => c.ParentAs<InputValueDefinition>().Description,
            ["type"] = c => c.ParentAs<InputValueDefinition>().Type,
            ["defaultValue"] = c => c.ParentAs<InputValueDefinition>().DefaultValue is { } value ? Printer.Print(value) : null,
            ["isDeprecated"] = c => c.ParentAs<InputValueDefinition>().DeprecationReason is not null,
            ["deprecationReason"] = c => c.ParentAs<InputValueDefinition>().DeprecationReason,
        });
        Bind(schema, "__EnumValue", new()
        {
            ["name"] = c => c.ParentAs<EnumValueDefinition>().Name,
            ["description"] = c => c.ParentAs<EnumValueDefinition>().Description,
            ["isDeprecated"] = c => c.ParentAs<EnumValueDefinition>().DeprecationReason is not null,
            ["deprecationReason"] = c => c.ParentAs<EnumValueDefinition>().DeprecationReason,
        });
        Bind(schema, "__Directive", new()
        {
            ["name"] = c => c.ParentAs<DirectiveDefinition>().Name,
            ["description"] = c => c.ParentAs<DirectiveDefinition>().Description,
            ["isRepeatable"] = c => c.ParentAs<DirectiveDefinition>().IsRepeatable,
            ["locations"] = c => c.ParentAs<DirectiveDefinition>().Locations,
            ["args"] = c => c.ParentAs<DirectiveDefinition>().Arguments.Where(a => IncludeDeprecated(c) || a.DeprecationReason is null),
        });
    }

    private static bool IncludeDeprecated(ResolverContext context) => context.Arguments.GetValueOrDefault("includeDeprecated") is true;

    private static string Kind(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "SCALAR",
        TypeKind.Object => "OBJECT",
        TypeKind.Interface => "INTERFACE",
        TypeKind.Union => "UNION",
        TypeKind.Enum => "ENUM",
        TypeKind.InputObject => "INPUT_OBJECT",
        TypeKind.List => "LIST",
        _ => "NON_NULL",
    };

    private static void Bind(Schema schema, string typeName, Dictionary<string, FieldResolver> resolvers)
    {
        var type = (ObjectType)schema.Type(typeName)!;
        foreach (var (fieldName, resolver) in resolvers)
        {
            type.Field(fieldName)!.Resolver = resolver;
        }
    }
}
