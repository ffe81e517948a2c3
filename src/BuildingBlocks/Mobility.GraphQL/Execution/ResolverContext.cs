using Microsoft.Extensions.DependencyInjection;

namespace Mobility.GraphQL.Execution;

/// <summary>What a resolver receives: the parent value, coerced arguments, request services and cancellation.</summary>
public sealed class ResolverContext
{
    private readonly DataLoader.DataLoaderScope? _loaders;
    private readonly IServiceProvider? _requestServices;

    internal ResolverContext(object? parent, IReadOnlyDictionary<string, object?> arguments, IServiceProvider? services, string fieldName, CancellationToken cancellationToken, DataLoader.DataLoaderScope? loaders = null)
    {
        _loaders = loaders;
        _requestServices = services;
        Parent = parent;
        Arguments = arguments;
        FieldName = fieldName;
        CancellationToken = cancellationToken;
    }

    /// <summary>The value of the parent object (the root value for root fields).</summary>
    public object? Parent { get; }

    /// <summary>The field's arguments after coercion (defaults applied, variables substituted).</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>
    /// The resolver's services: its own scope when the resolver method takes services (so parallel resolvers never
    /// share a scoped DbContext), otherwise the request's service provider, when the executor was given one.
    /// </summary>
    public IServiceProvider? Services => ScopedServices ?? _requestServices;

    /// <summary>The request's user (<see cref="GraphQLRequest.User"/>), or null when nobody is signed in.</summary>
    public System.Security.Claims.ClaimsPrincipal? User { get; init; }

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

    /// <summary>
    /// Like <see cref="DataLoader{TKey, TValue}(string, Func{IReadOnlyList{TKey}, CancellationToken, Task{IReadOnlyDictionary{TKey, TValue}}})"/>,
    /// but each batch runs in a service scope of its own and gets its services: a batch never shares a DbContext
    /// with a resolver or with another batch.
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="name">Identifies the loader within the request, e.g. "placementsBySender".</param>
    /// <param name="fetch">Loads a batch of keys with services from the batch's scope; keys it does not return load as default.</param>
    /// <returns>The loader.</returns>
    public DataLoader.BatchDataLoader<TKey, TValue> DataLoader<TKey, TValue>(string name, Func<IServiceProvider, IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(fetch);
        var factory = _requestServices?.GetService<IServiceScopeFactory>()
            ?? throw new InvalidOperationException($"Data loader \"{name}\" needs the request's services, and the request has none.");
        return DataLoader<TKey, TValue>(name, async (keys, cancellationToken) =>
        {
            var scope = factory.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                return await fetch(scope.ServiceProvider, keys, cancellationToken).ConfigureAwait(false);
            }
        });
    }

    /// <summary>The same context with other services (the resolver's own scope).</summary>
    internal ResolverContext WithServices(IServiceProvider services) =>
        new(Parent, Arguments, _requestServices, FieldName, CancellationToken, _loaders) { ScopedServices = services, Plan = Plan, Planner = Planner, User = User };

    /// <summary>The same context with other arguments, e.g. a node resolver's raw key.</summary>
    internal ResolverContext WithArguments(IReadOnlyDictionary<string, object?> arguments) =>
        new(Parent, arguments, _requestServices, FieldName, CancellationToken, _loaders) { ScopedServices = ScopedServices, Plan = Plan, Planner = Planner, User = User };

    /// <summary>The field's plan (its merged nodes and sub-selections), for data middleware that reads the selection.</summary>
    internal Planning.FieldPlan? Plan { get; init; }

    /// <summary>Builds the sub-selection plans of <see cref="Plan"/> with the request's @skip/@include values.</summary>
    internal Planning.PlanBuilder? Planner { get; init; }

    private IServiceProvider? ScopedServices { get; init; }

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
