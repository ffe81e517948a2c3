using Mobility.GraphQL.Language;

namespace Mobility.GraphQL.Execution;

/// <summary>Limits and switches of a <see cref="GraphQLExecutor"/>.</summary>
public sealed record ExecutorOptions
{
    /// <summary>Parser limits applied to every document.</summary>
    public ParserOptions Parser { get; init; } = ParserOptions.Default;

    /// <summary>Validation stops after this many errors.</summary>
    public int MaxValidationErrors { get; init; } = 100;

    /// <summary>Show resolver exception messages to clients (otherwise "Unexpected Execution Error").</summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>
    /// Turns an exception a resolver threw into an error that is safe to show, with its message and
    /// <c>extensions.code</c> (HotChocolate's error filters); return <c>null</c> to keep the default handling.
    /// </summary>
    public Func<Exception, GraphQLException?>? ErrorFilter { get; init; }

    /// <summary>Whether __schema and __type answer (turn off in production if wanted).</summary>
    public bool EnableIntrospection { get; init; } = true;

    /// <summary>How many prepared operations (parsed, validated, planned) are kept.</summary>
    public int OperationCacheSize { get; init; } = 1000;

    /// <summary>Deepest field nesting allowed (introspection included); null for no limit.</summary>
    public int? MaxExecutionDepth { get; init; }

    /// <summary>Cost analysis budgets and reporting.</summary>
    public CostOptions Cost { get; init; } = new();

    /// <summary>The value root fields resolve against when the request gives none.</summary>
    public object? RootValue { get; init; }
}
