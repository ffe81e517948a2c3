using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Language;

/// <summary>
/// §2 and §3 grammar: a recursive-descent parser for executable and type-system documents.
/// Error messages follow graphql-js so the differential suite can compare them.
/// </summary>
internal sealed class Parser
{
    private static readonly HashSet<string> DirectiveLocationNames =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private int _depth;

    private Parser(string source, ParserOptions options)
    {
        _options = options;
        if (source.Length > options.MaxDocumentLength)
        {
            throw new GraphQLSyntaxError(
                $"Source contains more than {options.MaxDocumentLength} UTF-16 code units. Parsing aborted.", new SourceLocation(1, 1));
        }

        _lexer = new Lexer(source, options.MaxTokens);
    }

    public static DocumentNode Parse(string source, ParserOptions? options = null) =>
        new Parser(source, options ?? ParserOptions.Default).ParseDocument();

    public static ValueNode ParseValue(string source, bool isConst = false)
    {
        var parser = new Parser(source, ParserOptions.Default);
        parser.Expect(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    public static TypeNode ParseType(string source)
    {
        var parser = new Parser(source, ParserOptions.Default);
        parser.Expect(TokenKind.StartOfFile);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    private Token Current => _lexer.Token;

    private DocumentNode ParseDocument()
    {
        var start = Current;
        return Node(start, new DocumentNode(Many(TokenKind.StartOfFile, ParseDefinition, TokenKind.EndOfFile)));
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = Peek(TokenKind.String) || Peek(TokenKind.BlockString);
        var keyword = hasDescription ? _lexer.Lookahead() : Current;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw _lexer.Error(Current.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query" or "mutation" or "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
                case "extend" when hasDescription:
                    throw _lexer.Error(Current.Start, "Unexpected description, only GraphQL definitions support descriptions.");
                case "extend": return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    // §2.3 Operations
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Current;
        if (Peek(TokenKind.BraceL))
        {
            return Node(start, new OperationDefinitionNode(null, OperationType.Query, null, [], [], ParseSelectionSet()));
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        return Node(start, new OperationDefinitionNode(
            description, operation, name, ParseVariableDefinitions(), ParseDirectives(false), ParseSelectionSet()));
    }

    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions() =>
        OptionalMany(TokenKind.ParenL, ParseVariableDefinition, TokenKind.ParenR);

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(true) : null;
        return Node(start, new VariableDefinitionNode(description, variable, type, defaultValue, ParseDirectives(true)));
    }

    private VariableNode ParseVariable()
    {
        var start = Current;
        Expect(TokenKind.Dollar);
        return Node(start, new VariableNode(ParseName()));
    }

    // §2.4 Selection sets, §2.5 fields, §2.8 fragments
    private SelectionSetNode ParseSelectionSet()
    {
        var start = Current;
        Enter();
        var selections = Many(TokenKind.BraceL, ParseSelection, TokenKind.BraceR);
        _depth--;
        return Node(start, new SelectionSetNode(selections));
    }

    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    private FieldNode ParseField()
    {
        var start = Current;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(false);
        var directives = ParseDirectives(false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return Node(start, new FieldNode(alias, name, arguments, directives, selectionSet));
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst) =>
        OptionalMany(TokenKind.ParenL, () => ParseArgument(isConst), TokenKind.ParenR);

    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        Expect(TokenKind.Colon);
        return Node(start, new ArgumentNode(name, ParseValueLiteral(isConst)));
    }

    private SelectionNode ParseFragment()
    {
        var start = Current;
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            return Node(start, new FragmentSpreadNode(ParseFragmentName(), ParseDirectives(false)));
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        return Node(start, new InlineFragmentNode(typeCondition, ParseDirectives(false), ParseSelectionSet()));
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        return Node(start, new FragmentDefinitionNode(description, name, typeCondition, ParseDirectives(false), ParseSelectionSet()));
    }

    private NameNode ParseFragmentName() => Current.Value == "on" ? throw Unexpected(Current) : ParseName();

    // §2.9 Input values
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                Enter();
                var list = Node(token, new ListValueNode(Any(TokenKind.BracketL, () => ParseValueLiteral(isConst), TokenKind.BracketR)));
                _depth--;
                return list;
            case TokenKind.BraceL:
                Enter();
                var obj = Node(token, new ObjectValueNode(Any(TokenKind.BraceL, () => ParseObjectField(isConst), TokenKind.BraceR)));
                _depth--;
                return obj;
            case TokenKind.Int:
                _lexer.Advance();
                return Node(token, new IntValueNode(token.Value!));
            case TokenKind.Float:
                _lexer.Advance();
                return Node(token, new FloatValueNode(token.Value!));
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                _lexer.Advance();
                return token.Value switch
                {
                    "true" => Node(token, new BooleanValueNode(true)),
                    "false" => Node(token, new BooleanValueNode(false)),
                    "null" => Node(token, new NullValueNode()),
                    _ => Node(token, new EnumValueNode(token.Value!)),
                };
            case TokenKind.Dollar when isConst:
                var next = _lexer.Lookahead();
                throw next.Kind == TokenKind.Name
                    ? _lexer.Error(token.Start, $"Unexpected variable \"${next.Value}\" in constant value.")
                    : Unexpected(token);
            case TokenKind.Dollar:
                return ParseVariable();
            default:
                throw Unexpected(token);
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = Current;
        _lexer.Advance();
        return Node(token, new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString));
    }

    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        Expect(TokenKind.Colon);
        return Node(start, new ObjectFieldNode(name, ParseValueLiteral(isConst)));
    }

    // §2.12 Directives
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            var start = Current;
            _lexer.Advance();
            var name = ParseName();
            directives.Add(Node(start, new DirectiveNode(name, ParseArguments(isConst))));
        }

        return directives;
    }

    // §2.11 Type references
    private TypeNode ParseTypeReference()
    {
        var start = Current;
        TypeNode type;
        if (ExpectOptional(TokenKind.BracketL))
        {
            Enter();
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketR);
            _depth--;
            type = Node(start, new ListTypeNode(inner));
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? Node(start, new NonNullTypeNode(type)) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = Current;
        return Node(start, new NamedTypeNode(ParseName()));
    }

    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return Node(token, new NameNode(token.Value!));
    }

    // §3 Type system
    private StringValueNode? ParseDescription() =>
        Peek(TokenKind.String) || Peek(TokenKind.BlockString) ? ParseStringLiteral() : null;

    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        return Node(start, new SchemaDefinitionNode(description, directives, Many(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR)));
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Current;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        return Node(start, new OperationTypeDefinitionNode(operation, ParseNamedType()));
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        return Node(start, new ScalarTypeDefinitionNode(description, ParseName(), ParseDirectives(true)));
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        return Node(start, new ObjectTypeDefinitionNode(description, name, interfaces, directives, ParseFieldsDefinition()));
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        return Node(start, new InterfaceTypeDefinitionNode(description, name, interfaces, directives, ParseFieldsDefinition()));
    }

    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? DelimitedMany(TokenKind.Amp, ParseNamedType) : [];

    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, ParseFieldDefinition, TokenKind.BraceR);

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        return Node(start, new FieldDefinitionNode(description, name, arguments, type, ParseDirectives(true)));
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        OptionalMany(TokenKind.ParenL, ParseInputValueDefinition, TokenKind.ParenR);

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(true) : null;
        return Node(start, new InputValueDefinitionNode(description, name, type, defaultValue, ParseDirectives(true)));
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return Node(start, new UnionTypeDefinitionNode(description, name, directives, ParseUnionMembers()));
    }

    private IReadOnlyList<NamedTypeNode> ParseUnionMembers() =>
        ExpectOptional(TokenKind.Equals) ? DelimitedMany(TokenKind.Pipe, ParseNamedType) : [];

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return Node(start, new EnumTypeDefinitionNode(description, name, directives, ParseEnumValues()));
    }

    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValues() =>
        OptionalMany(TokenKind.BraceL, ParseEnumValueDefinition, TokenKind.BraceR);

    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        if (Current.Value is "true" or "false" or "null")
        {
            throw _lexer.Error(Current.Start, $"{Current.Describe()} is reserved and cannot be used for an enum value.");
        }

        return Node(start, new EnumValueDefinitionNode(description, ParseName(), ParseDirectives(true)));
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return Node(start, new InputObjectTypeDefinitionNode(description, name, directives, ParseInputFields()));
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseInputFields() =>
        OptionalMany(TokenKind.BraceL, ParseInputValueDefinition, TokenKind.BraceR);

    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        return Node(start, new DirectiveDefinitionNode(description, name, arguments, repeatable, DelimitedMany(TokenKind.Pipe, ParseDirectiveLocation)));
    }

    private NameNode ParseDirectiveLocation()
    {
        var start = Current;
        var name = ParseName();
        return DirectiveLocationNames.Contains(name.Value) ? name : throw Unexpected(start);
    }

    // §3.x Type system extensions
    private TypeSystemNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Lookahead();
        if (keyword.Kind != TokenKind.Name)
        {
            throw Unexpected(keyword);
        }

        var start = Current;
        switch (keyword.Value)
        {
            case "schema":
                Advance(2);
                var schemaDirectives = ParseDirectives(true);
                var operationTypes = OptionalMany(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
                RequireSome(schemaDirectives.Count + operationTypes.Count);
                return Node(start, new SchemaDefinitionNode(null, schemaDirectives, operationTypes) { IsExtension = true });
            case "scalar":
                Advance(2);
                var scalarName = ParseName();
                var scalarDirectives = ParseDirectives(true);
                RequireSome(scalarDirectives.Count);
                return Node(start, new ScalarTypeDefinitionNode(null, scalarName, scalarDirectives) { IsExtension = true });
            case "type" or "interface":
                Advance(2);
                var typeName = ParseName();
                var interfaces = ParseImplementsInterfaces();
                var typeDirectives = ParseDirectives(true);
                var fields = ParseFieldsDefinition();
                RequireSome(interfaces.Count + typeDirectives.Count + fields.Count);
                return keyword.Value == "type"
                    ? Node(start, new ObjectTypeDefinitionNode(null, typeName, interfaces, typeDirectives, fields) { IsExtension = true })
                    : Node(start, new InterfaceTypeDefinitionNode(null, typeName, interfaces, typeDirectives, fields) { IsExtension = true });
            case "union":
                Advance(2);
                var unionName = ParseName();
                var unionDirectives = ParseDirectives(true);
                var members = ParseUnionMembers();
                RequireSome(unionDirectives.Count + members.Count);
                return Node(start, new UnionTypeDefinitionNode(null, unionName, unionDirectives, members) { IsExtension = true });
            case "enum":
                Advance(2);
                var enumName = ParseName();
                var enumDirectives = ParseDirectives(true);
                var values = ParseEnumValues();
                RequireSome(enumDirectives.Count + values.Count);
                return Node(start, new EnumTypeDefinitionNode(null, enumName, enumDirectives, values) { IsExtension = true });
            case "input":
                Advance(2);
                var inputName = ParseName();
                var inputDirectives = ParseDirectives(true);
                var inputFields = ParseInputFields();
                RequireSome(inputDirectives.Count + inputFields.Count);
                return Node(start, new InputObjectTypeDefinitionNode(null, inputName, inputDirectives, inputFields) { IsExtension = true });
            default:
                throw Unexpected(keyword);
        }
    }

    private void RequireSome(int count)
    {
        if (count == 0)
        {
            throw Unexpected(Current);
        }
    }

    // Helpers
    private T Node<T>(Token start, T node)
        where T : SyntaxNode =>
        _options.NoLocations ? node : node with { Location = new Location(start.Start, _lexer.LastTokenEnd, start.Line, start.Column) };

    private void Enter()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw _lexer.Error(Current.Start, $"Document nesting exceeds the maximum depth of {_options.MaxDepth}. Parsing aborted.");
        }
    }

    private void Advance(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _lexer.Advance();
        }
    }

    private bool Peek(TokenKind kind) => Current.Kind == kind;

    private Token Expect(TokenKind kind)
    {
        var token = Current;
        if (token.Kind != kind)
        {
            throw _lexer.Error(token.Start, $"Expected {kind.Describe()}, found {token.Describe()}.");
        }

        _lexer.Advance();
        return token;
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        _lexer.Advance();
        return true;
    }

    private void ExpectKeyword(string value)
    {
        var token = Current;
        if (token.Kind != TokenKind.Name || token.Value != value)
        {
            throw _lexer.Error(token.Start, $"Expected \"{value}\", found {token.Describe()}.");
        }

        _lexer.Advance();
    }

    private bool ExpectOptionalKeyword(string value)
    {
        if (Current.Kind != TokenKind.Name || Current.Value != value)
        {
            return false;
        }

        _lexer.Advance();
        return true;
    }

    private GraphQLSyntaxError Unexpected(Token token) => _lexer.Error(token.Start, $"Unexpected {token.Describe()}.");

    /// <summary>open item* close (zero or more).</summary>
    private List<T> Any<T>(TokenKind open, Func<T> item, TokenKind close)
    {
        Expect(open);
        var items = new List<T>();
        while (!ExpectOptional(close))
        {
            items.Add(item());
        }

        return items;
    }

    /// <summary>open item+ close (one or more).</summary>
    private List<T> Many<T>(TokenKind open, Func<T> item, TokenKind close)
    {
        Expect(open);
        var items = new List<T>();
        do
        {
            items.Add(item());
        }
        while (!ExpectOptional(close));
        return items;
    }

    /// <summary>(open item+ close)? — empty when the opening token is absent.</summary>
    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, Func<T> item, TokenKind close) =>
        Peek(open) ? Many(open, item, close) : [];

    /// <summary>delimiter? item (delimiter item)*</summary>
    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<T> item)
    {
        ExpectOptional(delimiter);
        var items = new List<T>();
        do
        {
            items.Add(item());
        }
        while (ExpectOptional(delimiter));
        return items;
    }
}
