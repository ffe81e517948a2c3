namespace Mobility.GraphQL.Execution;

/// <summary>The <c>extensions.code</c> values the engine itself produces.</summary>
public static class ErrorCodes
{
    /// <summary>The document is not valid GraphQL syntax.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document broke a §5 validation rule.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>Variables or the operation name do not fit the document.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>A resolver failed unexpectedly (details hidden unless configured).</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>A resolver returned a value that does not fit the field's type.</summary>
    public const string InvalidResult = "INVALID_RESULT";

    /// <summary>The operation exceeds the configured depth or cost.</summary>
    public const string LimitExceeded = "LIMIT_EXCEEDED";

    /// <summary>A paging cursor (<c>after</c>/<c>before</c>) is not one this field issued for the current order.</summary>
    public const string InvalidCursor = "INVALID_CURSOR";

    /// <summary>Paging arguments do not fit: <c>first</c> and <c>last</c> together, a negative size, or one above the maximum page size.</summary>
    public const string InvalidPagingArguments = "INVALID_PAGING_ARGUMENTS";

    /// <summary>The field needs an authenticated user and the request has none.</summary>
    public const string AuthNotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>The user is authenticated but lacks the role the field needs.</summary>
    public const string AuthNotAuthorized = "AUTH_NOT_AUTHORIZED";
}
