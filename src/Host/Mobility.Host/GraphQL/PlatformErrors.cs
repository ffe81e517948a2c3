using Mobility.BuildingBlocks.Domain;
using Mobility.GraphQL.Execution;

namespace Mobility.Host.GraphQL;

/// <summary>
/// What the modules' refusals look like to a GraphQL client: the message the use case wrote and a stable code,
/// instead of "Unexpected Execution Error". Anything else stays hidden.
/// </summary>
internal static class PlatformErrors
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";

    public static GraphQLException? Filter(Exception exception) => exception switch
    {
        InvalidInputException invalid => new GraphQLException(invalid.Message, BadUserInput),
        DomainRuleViolationException rule => new GraphQLException(rule.Message, rule.Code),
        NotFoundException notFound => new GraphQLException(notFound.Message, NotFound),
        _ => null,
    };
}
