namespace Mobility.GraphQL.Execution;

/// <summary>A GraphQL request (§6.1): the document, the operation to run and its variables.</summary>
public sealed record GraphQLRequest
{
    /// <summary>The GraphQL document text.</summary>
    public required string Query { get; init; }

    /// <summary>Which operation to run when the document has several.</summary>
    public string? OperationName { get; init; }

    /// <summary>Variable values as plain .NET values (string, bool, long, double, lists, string-keyed dictionaries).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The value root fields resolve against (overrides the executor's root value).</summary>
    public object? RootValue { get; init; }

    /// <summary>The request's services, given to resolvers.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>
    /// Who asks (the HTTP endpoint passes <c>HttpContext.User</c>): fields marked <c>[Authorize]</c> check it, and a
    /// resolver parameter of type <see cref="System.Security.Claims.ClaimsPrincipal"/> receives it. Null: nobody signed in.
    /// </summary>
    public System.Security.Claims.ClaimsPrincipal? User { get; init; }

    /// <summary>What to do with the operation's cost (HotChocolate's GraphQL-Cost header).</summary>
    public CostRequest Cost { get; init; }

    /// <summary>Only run queries (GET requests must not mutate, per GraphQL over HTTP).</summary>
    public bool QueriesOnly { get; init; }
}

/// <summary>Cost reporting asked for by a request.</summary>
public enum CostRequest
{
    /// <summary>Report only when the executor is configured to.</summary>
    Default,

    /// <summary>Execute and add <c>extensions.operationCost</c>.</summary>
    Report,

    /// <summary>Only compute the cost: no execution, no data.</summary>
    Validate,
}
