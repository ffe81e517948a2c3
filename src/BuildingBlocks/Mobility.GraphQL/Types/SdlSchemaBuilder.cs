using Mobility.GraphQL.Introspection;
using Mobility.GraphQL.Language;
using Mobility.GraphQL.Language.Ast;
using Mobility.GraphQL.Types.Scalars;

namespace Mobility.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL, like graphql-js's buildASTSchema: definitions first, then
/// extensions in document order; every problem is collected and thrown together, then the built schema
/// is checked by <see cref="SchemaValidator"/>.
/// </summary>
internal sealed class SdlSchemaBuilder
{
    private readonly List<string> _errors = [];
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScalarType> _specifiedScalars = new(StringComparer.Ordinal);

    private SdlSchemaBuilder()
    {
        foreach (var name in BuiltInScalars.SpecifiedNames)
        {
            _specifiedScalars[name] = BuiltInScalars.Create(name)!;
        }
    }

    public static Schema Build(string sdl) => Build(Parser.Parse(sdl));

    public static Schema Build(DocumentNode document, bool validate = true)
    {
        var builder = new SdlSchemaBuilder();
        var schema = builder.BuildSchema(document);
        if (builder._errors.Count > 0)
        {
            throw new GraphQLSchemaException(builder._errors);
        }

        if (validate)
        {
            var errors = SchemaValidator.Validate(schema);
            if (errors.Count > 0)
            {
                throw new GraphQLSchemaException(errors);
            }
        }

        return schema;
    }

    private Schema BuildSchema(DocumentNode document)
    {
        var builtIns = Parser.Parse(SpecifiedDirectives.Sdl + "\n" + IntrospectionSdl.Text);
        var introspectionTypes = builtIns.Definitions.OfType<TypeDefinitionNode>().ToList();
        var userTypes = document.Definitions.OfType<TypeDefinitionNode>().Where(d => !d.IsExtension).ToList();
        foreach (var definition in introspectionTypes.Concat(userTypes))
        {
            Declare(definition);
        }

        // User directives first, then the specified ones they do not redefine (graphql-js's order).
        var userDirectives = document.Definitions.OfType<DirectiveDefinitionNode>().ToList();
        var directiveNodes = userDirectives.Concat(builtIns.Definitions.OfType<DirectiveDefinitionNode>()
            .Where(b => !userDirectives.Any(u => u.Name.Value == b.Name.Value))).ToList();
        foreach (var definition in directiveNodes)
        {
            if (_directives.ContainsKey(definition.Name.Value))
            {
                _errors.Add($"There can be only one directive named \"@{definition.Name.Value}\".");
                continue;
            }

            _directives[definition.Name.Value] = new DirectiveDefinition(definition.Name.Value, [.. definition.Locations.Select(l => l.Value)])
            {
                Description = definition.Description?.Value,
                IsRepeatable = definition.Repeatable,
            };
        }

        foreach (var definition in directiveNodes)
        {
            _directives[definition.Name.Value].Arguments = [.. definition.Arguments.Select(a => BuildInputValue(a, "ARGUMENT_DEFINITION"))];
        }

        var filled = new HashSet<NamedType>();
        foreach (var definition in introspectionTypes.Concat(document.Definitions.OfType<TypeDefinitionNode>()))
        {
            Fill(definition, filled);
        }

        var schemaNodes = document.Definitions.OfType<SchemaDefinitionNode>().ToList();
        if (schemaNodes.Count(s => !s.IsExtension) > 1)
        {
            _errors.Add("Must provide only one schema definition.");
        }

        var roots = new Dictionary<OperationType, ObjectType?>();
        foreach (var node in schemaNodes)
        {
            ApplyDirectives(node.Directives, "SCHEMA");
            foreach (var operationType in node.OperationTypes)
            {
                if (roots.ContainsKey(operationType.Operation))
                {
                    _errors.Add($"There can be only one {operationType.Operation.Keyword()} type in schema.");
                }

                roots[operationType.Operation] = ResolveNamed(operationType.Type) as ObjectType;
            }
        }

        if (schemaNodes.Count == 0)
        {
            roots[OperationType.Query] = _types.GetValueOrDefault("Query") as ObjectType;
            roots[OperationType.Mutation] = _types.GetValueOrDefault("Mutation") as ObjectType;
            roots[OperationType.Subscription] = _types.GetValueOrDefault("Subscription") as ObjectType;
        }

        var collector = new TypeCollector();
        collector.AddDefined(userTypes.Select(d => _types[d.Name.Value]).Distinct());
        foreach (var root in roots.Values.OfType<ObjectType>())
        {
            collector.Collect(root);
        }

        foreach (var argument in _directives.Values.SelectMany(d => d.Arguments))
        {
            collector.Collect(argument.Type);
        }

        collector.Collect(_types["__Schema"]);
        return new Schema(
            roots.GetValueOrDefault(OperationType.Query),
            roots.GetValueOrDefault(OperationType.Mutation),
            roots.GetValueOrDefault(OperationType.Subscription),
            collector.Order,
            [.. _directives.Values],
            schemaNodes.FirstOrDefault(s => !s.IsExtension)?.Description?.Value);
    }

    private void Declare(TypeDefinitionNode definition)
    {
        var name = definition.Name.Value;
        if (_types.ContainsKey(name))
        {
            _errors.Add($"There can be only one type named \"{name}\".");
            return;
        }

        var description = definition.Description?.Value;
        _types[name] = definition switch
        {
            ScalarTypeDefinitionNode when _specifiedScalars.TryGetValue(name, out var specified) => specified,
            ScalarTypeDefinitionNode => BuiltInScalars.Create(name) ?? new ScalarType(name, description),
            ObjectTypeDefinitionNode => new ObjectType(name, description),
            InterfaceTypeDefinitionNode => new InterfaceType(name, description),
            UnionTypeDefinitionNode => new UnionType(name, description),
            EnumTypeDefinitionNode => new EnumType(name, description),
            _ => new InputObjectType(name, description),
        };
        if (definition is ScalarTypeDefinitionNode && !_specifiedScalars.ContainsKey(name))
        {
            _types[name].Description = description; // SDL decides the description of platform scalars too
        }
    }

    private void Fill(TypeDefinitionNode definition, HashSet<NamedType> filled)
    {
        var name = definition.Name.Value;
        if (!_types.TryGetValue(name, out var type) && !_specifiedScalars.ContainsKey(name))
        {
            _errors.Add($"Cannot extend type \"{name}\" because it is not defined.");
            return;
        }

        type ??= _specifiedScalars[name];
        if (!definition.IsExtension && !filled.Add(type))
        {
            return; // a duplicate definition, already reported
        }

        switch ((definition, type))
        {
            case (ScalarTypeDefinitionNode scalar, ScalarType scalarType):
                ApplyDirectives(scalar.Directives, "SCALAR");
                var url = Argument(scalar.Directives, "specifiedBy", "url");
                if (url is StringValueNode s)
                {
                    scalarType.SpecifiedByUrl = s.Value;
                }

                break;
            case (ObjectTypeDefinitionNode obj, ObjectType objectType):
                FillComplex(objectType, obj.Interfaces, obj.Fields, obj.Directives, "OBJECT");
                break;
            case (InterfaceTypeDefinitionNode iface, InterfaceType interfaceType):
                FillComplex(interfaceType, iface.Interfaces, iface.Fields, iface.Directives, "INTERFACE");
                break;
            case (UnionTypeDefinitionNode union, UnionType unionType):
                ApplyDirectives(union.Directives, "UNION");
                foreach (var member in union.Types)
                {
                    switch (ResolveNamed(member))
                    {
                        case ObjectType memberType:
                            unionType.Types.Add(memberType);
                            break;
                        case { } other:
                            _errors.Add($"Union type {name} can only include Object types, it cannot include {other.Name}.");
                            break;
                    }
                }

                break;
            case (EnumTypeDefinitionNode enumNode, EnumType enumType):
                ApplyDirectives(enumNode.Directives, "ENUM");
                foreach (var value in enumNode.Values)
                {
                    ApplyDirectives(value.Directives, "ENUM_VALUE");
                    var added = enumType.AddValue(new EnumValueDefinition(value.Name.Value)
                    {
                        Description = value.Description?.Value,
                        DeprecationReason = DeprecationReason(value.Directives),
                    });
                    if (!added)
                    {
                        _errors.Add($"Enum value \"{name}.{value.Name.Value}\" can only be defined once.");
                    }
                }

                break;
            case (InputObjectTypeDefinitionNode input, InputObjectType inputType):
                ApplyDirectives(input.Directives, "INPUT_OBJECT");
                inputType.IsOneOf |= input.Directives.Any(d => d.Name.Value == "oneOf");
                foreach (var field in input.Fields)
                {
                    if (!inputType.AddField(BuildInputValue(field, "INPUT_FIELD_DEFINITION")))
                    {
                        _errors.Add($"Field \"{name}.{field.Name.Value}\" can only be defined once.");
                    }
                }

                break;
            default:
                _errors.Add($"Cannot extend non-{KindWord(definition)} type \"{name}\".");
                break;
        }
    }

    private void FillComplex(
        ComplexType type,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<FieldDefinitionNode> fields,
        IReadOnlyList<DirectiveNode> directives,
        string location)
    {
        ApplyDirectives(directives, location);
        foreach (var reference in interfaces)
        {
            switch (ResolveNamed(reference))
            {
                case InterfaceType iface:
                    type.Interfaces.Add(iface);
                    break;
                case { } other:
                    _errors.Add($"Type {type.Name} must only implement Interface types, it cannot implement {other.Name}.");
                    break;
            }
        }

        foreach (var node in fields)
        {
            ApplyDirectives(node.Directives, "FIELD_DEFINITION");
            var field = new FieldDefinition(node.Name.Value, ResolveType(node.Type))
            {
                Description = node.Description?.Value,
                DeprecationReason = DeprecationReason(node.Directives),
                Arguments = [.. node.Arguments.Select(a => BuildInputValue(a, "ARGUMENT_DEFINITION"))],
            };
            if (!type.AddField(field))
            {
                _errors.Add($"Field \"{type.Name}.{node.Name.Value}\" can only be defined once.");
            }
        }
    }

    private InputValueDefinition BuildInputValue(InputValueDefinitionNode node, string location)
    {
        ApplyDirectives(node.Directives, location);
        return new InputValueDefinition(node.Name.Value, ResolveType(node.Type))
        {
            Description = node.Description?.Value,
            DefaultValue = node.DefaultValue,
            DeprecationReason = DeprecationReason(node.Directives),
        };
    }

    private GraphQLType ResolveType(TypeNode node) => node switch
    {
        ListTypeNode list => new ListType(ResolveType(list.Type)),
        NonNullTypeNode nonNull => new NonNullType(ResolveType(nonNull.Type)),
        NamedTypeNode named => ResolveNamed(named) ?? new ScalarType(named.Name.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private NamedType? ResolveNamed(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (_types.TryGetValue(name, out var type))
        {
            return type;
        }

        if (_specifiedScalars.TryGetValue(name, out var scalar))
        {
            return scalar;
        }

        _errors.Add($"Unknown type \"{name}\".");
        return null;
    }

    private void ApplyDirectives(IReadOnlyList<DirectiveNode> directives, string location)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!_directives.TryGetValue(name, out var definition))
            {
                _errors.Add($"Unknown directive \"@{name}\".");
                continue;
            }

            if (!definition.Locations.Contains(location))
            {
                _errors.Add($"Directive \"@{name}\" may not be used on {location}.");
            }

            if (!definition.IsRepeatable && !seen.Add(name))
            {
                _errors.Add($"The directive \"@{name}\" can only be used once at this location.");
            }
        }
    }

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        var deprecated = directives.FirstOrDefault(d => d.Name.Value == "deprecated");
        if (deprecated is null)
        {
            return null;
        }

        return deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value is StringValueNode reason
            ? reason.Value
            : SpecifiedDirectives.DefaultDeprecationReason;
    }

    private static ValueNode? Argument(IReadOnlyList<DirectiveNode> directives, string directive, string argument) =>
        directives.FirstOrDefault(d => d.Name.Value == directive)?.Arguments.FirstOrDefault(a => a.Name.Value == argument)?.Value;

    private static string KindWord(TypeDefinitionNode definition) => definition switch
    {
        ScalarTypeDefinitionNode => "scalar",
        ObjectTypeDefinitionNode => "object",
        InterfaceTypeDefinitionNode => "interface",
        UnionTypeDefinitionNode => "union",
        EnumTypeDefinitionNode => "enum",
        _ => "input object",
    };
}
