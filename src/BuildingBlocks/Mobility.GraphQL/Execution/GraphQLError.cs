using Mobility.GraphQL.Language;

namespace Mobility.GraphQL.Execution;

/// <summary>One entry of a response's "errors" list (§7.1.2).</summary>
/// <param name="Message">A description for the client.</param>
/// <param name="Locations">Where in the document the error applies; empty when it does not concern a location.</param>
/// <param name="Path">Response keys and list indices to the field that failed, for field errors.</param>
/// <param name="Code">Written as <c>extensions.code</c> (e.g. GRAPHQL_VALIDATION_FAILED).</param>
public sealed record GraphQLError(string Message, IReadOnlyList<SourceLocation> Locations, IReadOnlyList<object>? Path = null, string? Code = null)
{
    /// <summary>Extra entries written under "extensions" next to the code.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}
