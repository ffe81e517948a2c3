namespace Mobility.GraphQL.Language;

/// <summary>A document that is not valid GraphQL syntax, or that exceeds the configured parser limits.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710", Justification = "Named after graphql-js's GraphQLSyntaxError.")]
public sealed class GraphQLSyntaxError : Exception
{
    /// <summary>Creates the error; the message gets graphql-js's "Syntax Error: " prefix.</summary>
    /// <param name="description">What is wrong, without the prefix.</param>
    /// <param name="location">Where it is wrong.</param>
    public GraphQLSyntaxError(string description, SourceLocation location)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Location = location;
    }

    /// <summary>What is wrong, without the "Syntax Error: " prefix.</summary>
    public string Description { get; }

    /// <summary>Where the error was found.</summary>
    public SourceLocation Location { get; }
}
