namespace Mobility.GraphQL.Execution;

/// <summary>What a resolver receives: the parent value, coerced arguments, request services and cancellation.</summary>
public sealed class ResolverContext
{
    internal ResolverContext(object? parent, IReadOnlyDictionary<string, object?> arguments, IServiceProvider? services, string fieldName, CancellationToken cancellationToken)
    {
        Parent = parent;
        Arguments = arguments;
        Services = services;
        FieldName = fieldName;
        CancellationToken = cancellationToken;
    }

    /// <summary>The value of the parent object (the root value for root fields).</summary>
    public object? Parent { get; }

    /// <summary>The field's arguments after coercion (defaults applied, variables substituted).</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The request's service provider, when the executor was given one.</summary>
    public IServiceProvider? Services { get; }

    /// <summary>The field's name in the schema (not its alias).</summary>
    public string FieldName { get; }

    /// <summary>Cancelled when the client goes away or the request times out.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The parent value cast to <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The parent's runtime type.</typeparam>
    /// <returns>The parent.</returns>
    public T ParentAs<T>() => (T)Parent!;

    /// <summary>An argument's coerced value, converted to <typeparamref name="T"/> when needed.</summary>
    /// <typeparam name="T">The wanted type.</typeparam>
    /// <param name="name">The argument name.</param>
    /// <returns>The value, or default when absent or null.</returns>
    public T? Argument<T>(string name) =>
        Arguments.TryGetValue(name, out var value) && value is not null
            ? value is T typed ? typed : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture)
            : default;
}
