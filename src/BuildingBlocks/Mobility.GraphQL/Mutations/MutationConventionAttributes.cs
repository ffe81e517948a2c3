namespace Mobility.GraphQL;

/// <summary>
/// An error the mutation reports in its payload's <c>errors</c> instead of as a GraphQL error (HotChocolate's
/// <c>[Error]</c>), with mutation conventions. The type is either an exception class, whose public properties (and
/// <c>message</c>) make the error type (<c>FooException</c> → <c>FooError</c>, or its <c>[GraphQLName]</c>), or an
/// error class with a public constructor taking the exception (or a static <c>CreateErrorFrom(TException)</c>) and a
/// <c>Message</c> property. On a class: every mutation it declares.
/// </summary>
/// <param name="errorType">The exception or error class.</param>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true)]
public class ErrorAttribute(Type errorType) : Attribute
{
    /// <summary>The exception or error class.</summary>
    public Type ErrorType { get; } = errorType;
}

/// <summary>An error the mutation reports in its payload (see <see cref="ErrorAttribute"/>).</summary>
/// <typeparam name="TError">The exception or error class.</typeparam>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true)]
public sealed class ErrorAttribute<TError>() : ErrorAttribute(typeof(TError));

/// <summary>
/// Shapes one mutation by the conventions (HotChocolate's <c>[UseMutationConvention]</c>): when they do not apply to
/// every mutation, this opts one in; it also renames the generated parts, or opts one out.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UseMutationConventionAttribute : Attribute
{
    /// <summary>The input type's name instead of <c>{Mutation}Input</c>.</summary>
    public string? InputTypeName { get; init; }

    /// <summary>The payload type's name instead of <c>{Mutation}Payload</c>.</summary>
    public string? PayloadTypeName { get; init; }

    /// <summary>The payload field holding the result, instead of the result type's name in camelCase.</summary>
    public string? PayloadFieldName { get; init; }

    /// <summary>The error union's name instead of <c>{Mutation}Error</c>.</summary>
    public string? PayloadErrorTypeName { get; init; }

    /// <summary>Keeps this mutation as written, with plain arguments and result.</summary>
    public bool Disable { get; init; }
}

/// <summary>How <c>AddMutationConventions</c> shapes mutations.</summary>
public sealed class MutationConventionOptions
{
    /// <summary>Every mutation follows the conventions (the default); otherwise only those marked <c>[UseMutationConvention]</c>.</summary>
    public bool ApplyToAllMutations { get; set; } = true;

    /// <summary>Errors every convention mutation reports in its payload, besides its own <c>[Error]</c>s.</summary>
    public IList<Type> DefaultErrors { get; } = [];

    /// <summary>Adds an error every convention mutation reports in its payload.</summary>
    /// <typeparam name="TError">An exception or error class, as for <see cref="ErrorAttribute"/>.</typeparam>
    /// <returns>These options.</returns>
    public MutationConventionOptions AddDefaultError<TError>()
    {
        DefaultErrors.Add(typeof(TError));
        return this;
    }
}
