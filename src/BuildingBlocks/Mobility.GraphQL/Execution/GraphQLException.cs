namespace Mobility.GraphQL.Execution;

/// <summary>Thrown by a resolver to report a field error whose message is safe to show to clients.</summary>
public class GraphQLException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message the client sees.</param>
    /// <param name="code">The <c>extensions.code</c>, for example NOT_FOUND.</param>
    public GraphQLException(string message, string? code = null)
        : base(message)
    {
        Code = code;
    }

    /// <summary>Creates the exception.</summary>
    public GraphQLException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message the client sees.</param>
    /// <param name="innerException">The cause, never shown to clients.</param>
    public GraphQLException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The <c>extensions.code</c>.</summary>
    public string? Code { get; }

    /// <summary>Entries written under <c>extensions</c> next to the code, e.g. the failures of invalid input.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}
