using System.Collections;
using Mobility.GraphQL.Execution.Planning;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Execution.Runtime;

/// <summary>
/// One execution of a prepared operation (§6.3, §6.4). Synchronous resolvers complete in a depth-first pass
/// with no task allocations; async resolver results are collected and awaited together in waves, so sibling
/// async fields run concurrently. Mutation root fields run one after another (§6.3.1 serial execution).
/// </summary>
internal sealed class ExecutionRun
{
    /// <summary>Marks a position whose value failed; the caller nulls it or propagates (§6.4.4).</summary>
    private static readonly object Invalid = new();

    private readonly Schema _schema;
    private readonly PlanBuilder _planBuilder;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly IServiceProvider? _services;
    private readonly CancellationToken _cancellationToken;
    private readonly bool _includeExceptionDetails;
    private readonly Func<Exception, GraphQLException?>? _errorFilter;
    private readonly IReadOnlyDictionary<string, object?>?[] _arguments;
    private readonly Introspection.IntrospectionResolver? _introspection;
    private readonly DataLoader.DataLoaderScope _loaders = new();
    private List<Pending> _pending = [];
    private bool _rootInvalid;

    public ExecutionRun(
        Schema schema,
        PlanBuilder planBuilder,
        IReadOnlyDictionary<string, object?> variables,
        IServiceProvider? services,
        bool includeExceptionDetails,
        Func<Exception, GraphQLException?>? errorFilter,
        Introspection.IntrospectionResolver? introspection,
        CancellationToken cancellationToken)
    {
        _schema = schema;
        _planBuilder = planBuilder;
        _variables = variables;
        _services = services;
        _includeExceptionDetails = includeExceptionDetails;
        _errorFilter = errorFilter;
        _introspection = introspection;
        _cancellationToken = cancellationToken;
        _arguments = new IReadOnlyDictionary<string, object?>?[Math.Max(16, planBuilder.FieldCount * 2)];
    }

    public List<GraphQLError> Errors { get; } = [];

    /// <summary>The request's user, checked against fields' access rules and given to resolvers.</summary>
    public System.Security.Claims.ClaimsPrincipal? User { get; init; }

    public async ValueTask<ResultObject?> ExecuteAsync(SelectionPlan root, object? rootValue, bool serial)
    {
        var result = new ResultObject(root, null, 0, true);
        if (serial)
        {
            for (var i = 0; i < root.Fields.Length && !_rootInvalid; i++)
            {
                _rootInvalid = !ExecuteField(result, i, rootValue);
                await DrainAsync().ConfigureAwait(false);
            }
        }
        else
        {
            _rootInvalid = !ExecuteFields(result, rootValue);
            await DrainAsync().ConfigureAwait(false);
        }

        return _rootInvalid ? null : result;
    }

    private async ValueTask DrainAsync()
    {
        while (_pending.Count > 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var wave = _pending;
            _pending = [];
            await AwaitWaveAsync(wave).ConfigureAwait(false);

            foreach (var pending in wave)
            {
                if (pending.Owner.IsDiscarded())
                {
                    continue;
                }

                object? completed;
                if (pending.Task.IsCompletedSuccessfully)
                {
                    completed = CompleteValue(pending.Plan.Field.Type, pending.Plan, pending.Task.Result, pending.Owner, pending.Index);
                }
                else
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    ReportException(pending.Task.Exception!.InnerException ?? pending.Task.Exception, pending.Plan, pending.Owner, pending.Index);
                    completed = Invalid;
                }

                if (completed != Invalid)
                {
                    pending.Owner.SetChild(pending.Index, completed);
                }
                else if (pending.Plan.IsNonNull)
                {
                    Propagate(pending.Owner);
                }
                else
                {
                    pending.Owner.SetChild(pending.Index, null);
                }
            }
        }
    }

    /// <summary>
    /// Waits for a wave of async resolvers, dispatching data loader batches whenever keys are queued, including
    /// keys queued by resolvers that continue after a first load.
    /// </summary>
    private async Task AwaitWaveAsync(List<Pending> wave)
    {
        var all = Task.WhenAll(wave.Select(p => (Task)p.Task));
        while (!all.IsCompleted)
        {
            if (_loaders.HasQueuedKeys)
            {
                await _loaders.DispatchAsync(_cancellationToken).ConfigureAwait(false);
                continue;
            }

            await Task.WhenAny(all, _loaders.KeysQueued).ConfigureAwait(false);
        }

        _cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>A late non-null violation inside <paramref name="node"/>: null the nearest nullable position above.</summary>
    private void Propagate(ResultNode node)
    {
        for (var current = node; ; current = current.Parent!)
        {
            current.Discarded = true;
            if (current.Parent is null)
            {
                _rootInvalid = true;
                return;
            }

            if (!current.NonNullSlot)
            {
                current.Parent.SetChild(current.ParentIndex, null);
                return;
            }
        }
    }

    /// <summary>Executes every field of an object; false when a non-null field failed (the object becomes null).</summary>
    private bool ExecuteFields(ResultObject result, object? source)
    {
        var fields = result.Plan.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            if (!ExecuteField(result, i, source))
            {
                result.Discarded = true;
                return false;
            }
        }

        return true;
    }

    private bool ExecuteField(ResultObject result, int index, object? source)
    {
        var plan = result.Plan.Fields[index];
        if (plan.Field.Authorization is { } authorization && authorization.Deny(User) is { } denied)
        {
            Report(denied.Message, plan, result, index, denied.Code);
            return !plan.IsNonNull;
        }

        object? value;
        try
        {
            value = Resolve(plan, source);
        }
        catch (Exception e) when (e is not OperationCanceledException || !_cancellationToken.IsCancellationRequested)
        {
            ReportException(e, plan, result, index);
            return !plan.IsNonNull;
        }

        if (value is not null && value is not string && plan.MayBeAwaitable(value) && Awaitables.AsTask(value) is { } task)
        {
            _pending.Add(new Pending(task, plan, result, index));
            return true;
        }

        var completed = CompleteValue(plan.Field.Type, plan, value, result, index);
        if (completed == Invalid)
        {
            return !plan.IsNonNull;
        }

        result.Values[index] = completed;
        return true;
    }

    private object? Resolve(FieldPlan plan, object? source)
    {
        switch (plan.Kind)
        {
            case FieldKind.TypeName:
                return plan.ParentType.Name;
            case FieldKind.Default when source is not null:
                var accessor = plan.Accessor(source.GetType());
                if (accessor.Getter is { } getter)
                {
                    var value = getter(source);
                    return value is FieldResolver function ? function(Context(plan, source)) : value;
                }

                return accessor.Invoker!(source, Context(plan, source));
            case FieldKind.Default:
                return null;
            case FieldKind.Schema or FieldKind.Type:
                return _introspection is null ? null : _introspection.ResolveRoot(plan, Arguments(plan));
            default:
                return plan.Field.Resolver!(Context(plan, source));
        }
    }

    private ResolverContext Context(FieldPlan plan, object? source) =>
        new(source, Arguments(plan), _services, plan.Field.Name, _cancellationToken, _loaders) { Plan = plan, Planner = _planBuilder, User = User };

    private IReadOnlyDictionary<string, object?> Arguments(FieldPlan plan)
    {
        if (plan.StaticArguments is { } shared)
        {
            return shared;
        }

        if (plan.Id < _arguments.Length && _arguments[plan.Id] is { } cached)
        {
            return cached;
        }

        var arguments = ArgumentValues.Coerce(plan, _variables, out var error);
        if (error is not null)
        {
            throw new ArgumentCoercionException(error);
        }

        if (plan.Id < _arguments.Length)
        {
            _arguments[plan.Id] = arguments;
        }

        return arguments;
    }

    /// <summary>§6.4.3 CompleteValue. Returns the value to store, or <see cref="Invalid"/> after reporting an error.</summary>
    private object? CompleteValue(GraphQLType type, FieldPlan plan, object? value, ResultNode owner, int index)
    {
        if (value is FieldErrorValue failed)
        {
            ReportException(failed.Exception, plan, owner, index);
            return Invalid;
        }

        if (type is NonNullType nonNull)
        {
            var completed = CompleteValue(nonNull.OfType, plan, value, owner, index);
            if (completed is null)
            {
                Report($"Cannot return null for non-nullable field {plan.ParentType.Name}.{plan.Field.Name}.", plan, owner, index, ErrorCodes.InvalidResult);
                return Invalid;
            }

            return completed;
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ScalarType scalar:
                try
                {
                    return scalar.Serialize(value);
                }
                catch (CoercionException e)
                {
                    Report(e.Message, plan, owner, index, ErrorCodes.InvalidResult);
                    return Invalid;
                }

            case EnumType enumType:
                if (enumType.FromRuntime(value) is { } enumValue)
                {
                    return enumValue.Name;
                }

                Report($"Enum \"{enumType.Name}\" cannot represent value: {Inspect.Value(value)}", plan, owner, index, ErrorCodes.InvalidResult);
                return Invalid;
            case ListType list:
                return CompleteList(list, plan, value, owner, index);
            case ObjectType objectType:
                return CompleteObject(objectType, plan, value, owner, index);
            default:
                var runtimeType = ResolveAbstractType((NamedType)type, plan, value, owner, index);
                return runtimeType is null ? Invalid : CompleteObject(runtimeType, plan, value, owner, index);
        }
    }

    private object? CompleteObject(ObjectType type, FieldPlan plan, object value, ResultNode owner, int index)
    {
        var subPlan = plan.SubPlan(type, _planBuilder);
        var child = new ResultObject(subPlan, owner, index, IsNonNullSlot(owner, plan));
        return ExecuteFields(child, value) ? child : Invalid;
    }

    private object? CompleteList(ListType type, FieldPlan plan, object value, ResultNode owner, int index)
    {
        if (value is not IEnumerable enumerable || value is string || value is IDictionary)
        {
            Report($"Expected Iterable, but did not find one for field \"{plan.ParentType.Name}.{plan.Field.Name}\".", plan, owner, index, ErrorCodes.InvalidResult);
            return Invalid;
        }

        var items = value as IList ?? enumerable.Cast<object?>().ToList();
        var list = new ResultList(items.Count, owner, index, IsNonNullSlot(owner, plan));
        var itemNonNull = type.OfType is NonNullType;
        for (var i = 0; i < items.Count; i++)
        {
            var completed = CompleteValue(type.OfType, plan, items[i], list, i);
            if (completed == Invalid)
            {
                if (itemNonNull)
                {
                    list.Discarded = true;
                    return Invalid;
                }

                completed = null;
            }

            list.Items[i] = completed;
        }

        return list;
    }

    /// <summary>Whether the slot a new child occupies is non-null: a field's own type, or a list's item type.</summary>
    private static bool IsNonNullSlot(ResultNode owner, FieldPlan plan)
    {
        if (owner is ResultObject)
        {
            return plan.IsNonNull;
        }

        // The owner is a list: find the item type at this list depth.
        var depth = 0;
        for (var node = owner; node is ResultList; node = node.Parent!)
        {
            depth++;
        }

        var type = plan.Field.Type;
        for (var i = 0; i < depth; i++)
        {
            type = ((ListType)type.Nullable).OfType;
        }

        return type is NonNullType;
    }

    /// <summary>§6.4.3 ResolveAbstractType: a resolveType function, __typename, isTypeOf, or the CLR type's name.</summary>
    private ObjectType? ResolveAbstractType(NamedType type, FieldPlan plan, object value, ResultNode owner, int index)
    {
        var resolver = type switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };
        var resolved = resolver?.Invoke(value, _schema);
        if (resolved is null)
        {
            var name = value switch
            {
                IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault("__typename") as string,
                IDictionary<string, object?> map => map.TryGetValue("__typename", out var n) ? n as string : null,
                _ => null,
            };
            if (name is not null)
            {
                if (_schema.Type(name) is not ObjectType named)
                {
                    Report($"Abstract type \"{type.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema.", plan, owner, index, ErrorCodes.InvalidResult);
                    return null;
                }

                resolved = named;
            }
        }

        var possible = _schema.PossibleTypes(type);
        resolved ??= possible.FirstOrDefault(t => t.IsTypeOf?.Invoke(value) == true)
            ?? possible.FirstOrDefault(t => t.Name == value.GetType().Name);
        if (resolved is null && type is InterfaceType { ResolvesByClrType: true } or UnionType { ResolvesByClrType: true })
        {
            var clr = value.GetType().Name;
            Report($"Abstract type \"{type.Name}\" must resolve to an Object type at runtime for field \"{plan.ParentType.Name}.{plan.Field.Name}\": class {clr} is not an object type of the schema (register it with AddType<{clr}>()).", plan, owner, index, ErrorCodes.InvalidResult);
            return null;
        }

        if (resolved is null)
        {
            Report($"Abstract type \"{type.Name}\" must resolve to an Object type at runtime for field \"{plan.ParentType.Name}.{plan.Field.Name}\". Either the \"{type.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.", plan, owner, index, ErrorCodes.InvalidResult);
            return null;
        }

        if (!possible.Contains(resolved))
        {
            Report($"Runtime Object type \"{resolved.Name}\" is not a possible type for \"{type.Name}\".", plan, owner, index, ErrorCodes.InvalidResult);
            return null;
        }

        return resolved;
    }

    private void ReportException(Exception exception, FieldPlan plan, ResultNode owner, int index)
    {
        var shown = _errorFilter?.Invoke(exception) ?? exception;
        var (message, code) = shown switch
        {
            GraphQLException g => (g.Message, g.Code),
            ArgumentCoercionException a => (a.Message, ErrorCodes.BadUserInput),
            CoercionException c => (c.Message, ErrorCodes.InvalidResult),
            _ when _includeExceptionDetails => (exception.Message, ErrorCodes.InternalServerError),
            _ => ("Unexpected Execution Error", ErrorCodes.InternalServerError),
        };
        Report(message, plan, owner, index, code, (shown as GraphQLException)?.Extensions);
    }

    private void Report(string message, FieldPlan plan, ResultNode owner, int index, string? code, IReadOnlyDictionary<string, object?>? extensions = null) =>
        Errors.Add(new GraphQLError(message, [plan.Nodes[0].Location.ToSourceLocation()], owner.PathTo(index), code) { Extensions = extensions });

    private sealed record Pending(Task<object?> Task, FieldPlan Plan, ResultObject Owner, int Index);

    private sealed class ArgumentCoercionException(string message) : Exception(message);
}
