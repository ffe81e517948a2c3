namespace Mobility.GraphQL;

/// <summary>A schema that cannot be built or is invalid (§3 and the type validation rules). Thrown at startup.</summary>
public sealed class GraphQLSchemaException : Exception
{
    /// <summary>Creates the exception from every problem found.</summary>
    /// <param name="errors">One message per problem, in the order found.</param>
    public GraphQLSchemaException(IReadOnlyList<string> errors)
        : base(string.Join("\n\n", errors))
    {
        Errors = errors;
    }

    /// <summary>One message per problem.</summary>
    public IReadOnlyList<string> Errors { get; }
}
