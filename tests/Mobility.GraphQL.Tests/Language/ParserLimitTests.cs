using Mobility.GraphQL.Language;
using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Tests.Language;

public sealed class ParserLimitTests
{
    [Fact]
    public void Too_many_tokens_is_a_syntax_error()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ a b c d }", new ParserOptions { MaxTokens = 4 }));
        Assert.Equal("Syntax Error: Document contains more than 4 tokens. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Too_deep_nesting_is_a_syntax_error()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ a { b { c } } }", new ParserOptions { MaxDepth = 2 }));
        Assert.StartsWith("Syntax Error: Document nesting exceeds the maximum depth of 2.", error.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation(1, 9), error.Location);
    }

    [Fact]
    public void Too_long_documents_are_rejected_before_lexing()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ abcdef }", new ParserOptions { MaxDocumentLength = 5 }));
        Assert.Contains("more than 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_lists_hit_the_depth_limit_instead_of_the_stack()
    {
        var source = "{ f(a: " + new string('[', 10_000) + new string(']', 10_000) + ") }";
        Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(source));
    }

    [Fact]
    public void Nodes_carry_line_and_column()
    {
        var document = Parser.Parse("query Q {\n  alias: field\n}");
        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal((2, 3), (field.Location.Line, field.Location.Column));
        Assert.Equal("alias", field.ResponseName);
    }

    [Fact]
    public void Block_strings_are_dedented_as_the_spec_says()
    {
        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", BlockString.Dedent("\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  "));
    }
}
