using Mobility.GraphQL.Language;
using Mobility.GraphQL.Types;
using Mobility.GraphQL.Validation;

namespace Mobility.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    private static readonly Schema QueryOnly = SdlSchemaBuilder.Build("type Query { a: Int }");

    [Fact]
    public void Mutation_against_a_schema_without_mutation_root_is_reported()
    {
        var errors = DocumentValidator.Validate(QueryOnly, Parser.Parse("mutation M { a } subscription S { a }"));
        Assert.Equal(
            ["The mutation operation is not supported by the schema.", "The subscription operation is not supported by the schema."],
            errors.Select(e => e.Message).Take(2));
        Assert.Equal(new SourceLocation(1, 1), errors[0].Locations[0]);
    }

    [Fact]
    public void Validation_stops_after_the_error_limit()
    {
        var document = Parser.Parse("{ " + string.Join(" ", Enumerable.Range(0, 20).Select(i => $"f{i}")) + " }");
        var errors = DocumentValidator.Validate(QueryOnly, document, maxErrors: 5);
        Assert.Equal(6, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
    }

    [Fact]
    public void A_valid_document_has_no_errors()
    {
        Assert.Empty(DocumentValidator.Validate(QueryOnly, Parser.Parse("query Q { a __typename }")));
    }
}
