namespace Mobility.GraphQL.Execution;

/// <summary>What a resolver receives: the parent value, coerced arguments, request services and cancellation.</summary>
public sealed class ResolverContext
{
    private readonly DataLoader.DataLoaderScope? _loaders;

    internal ResolverContext(object? parent, IReadOnlyDictionary<string, object?> arguments, IServiceProvider? services, string fieldName, CancellationToken cancellationToken, DataLoader.DataLoaderScope? loaders = null)
    {
        _loaders = loaders;
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

    /// <summary>
    /// The request's batch loader named <paramref name="name"/>, created on first use with <paramref name="fetch"/>.
    /// Use it for every hop between entities so a list of N parents costs one query, not N.
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="name">Identifies the loader within the request, e.g. "hostById".</param>
    /// <param name="fetch">Loads a batch of keys; keys it does not return load as default.</param>
    /// <returns>The loader.</returns>
    public DataLoader.BatchDataLoader<TKey, TValue> DataLoader<TKey, TValue>(string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull =>
        (_loaders ?? throw new InvalidOperationException("Data loaders are available only during execution."))
            .GetOrCreate(name, scope => new DataLoader.BatchDataLoader<TKey, TValue>(scope, fetch));

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
