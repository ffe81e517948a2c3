using Mobility.BuildingBlocks.Domain;
using Mobility.GraphQL;
using Mobility.GraphQL.Execution;

namespace Mobility.Host.GraphQL;

/// <summary>
/// What the modules' refusals look like to a GraphQL client. In a mutation (mutation conventions) they are entries of
/// the payload's <c>errors</c>, typed <see cref="BusinessRuleError"/>, <see cref="InvalidInputError"/> and
/// <see cref="NotFoundError"/>; elsewhere they are GraphQL errors with the message the use case wrote and a stable
/// code, instead of "Unexpected Execution Error". Anything else stays hidden.
/// </summary>
internal static class PlatformErrors
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";

    /// <summary>Every module mutation reports the platform's three refusals in its payload.</summary>
    public static void AddDefaultErrors(MutationConventionOptions conventions) => conventions
        .AddDefaultError<BusinessRuleError>()
        .AddDefaultError<InvalidInputError>()
        .AddDefaultError<NotFoundError>();

    public static GraphQLException? Filter(Exception exception) => exception switch
    {
        InvalidInputException invalid => new GraphQLException(invalid.Message, BadUserInput)
        {
            Extensions = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["failures"] = invalid.Failures.Select(f => new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["field"] = f.Field,
                    ["rule"] = f.Rule,
                    ["message"] = f.Message,
                }).ToArray(),
            },
        },
        DomainRuleViolationException rule => new GraphQLException(rule.Message, rule.Code),
        NotFoundException notFound => new GraphQLException(notFound.Message, NotFound),
        _ => null,
    };
}

/// <summary>A business rule refused the change; nothing was changed.</summary>
/// <param name="Message">What to do, in words.</param>
/// <param name="Code">The rule's stable, machine-readable code, e.g. GUARDIAN_CONSENT_REQUIRED.</param>
internal sealed record BusinessRuleError(string Message, string Code)
{
    public BusinessRuleError(DomainRuleViolationException exception)
        : this(exception.Message, exception.Code)
    {
    }
}

/// <summary>The input was rejected before anything was changed; each failure names its field and rule.</summary>
/// <param name="Message">Every failure, in words.</param>
/// <param name="Failures">One entry per field and broken rule.</param>
internal sealed record InvalidInputError(string Message, IReadOnlyList<ValidationFailure> Failures)
{
    public InvalidInputError(InvalidInputException exception)
        : this(exception.Message, exception.Failures)
    {
    }
}

/// <summary>Something the mutation names does not exist, or the viewer may not see it.</summary>
/// <param name="Message">What was not found, in words.</param>
/// <param name="Entity">The kind of thing, e.g. Placement.</param>
/// <param name="Id">The id that was asked for.</param>
internal sealed record NotFoundError(string Message, string Entity, string Id)
{
    public NotFoundError(NotFoundException exception)
        : this(exception.Message, exception.Entity, exception.Id)
    {
    }
}
