using System.Collections;
using System.Reflection;
using Mobility.GraphQL.Authorization;
using Mobility.GraphQL.CodeFirst;
using Mobility.GraphQL.Execution;
using Mobility.GraphQL.Execution.Runtime;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Relay;

/// <summary>
/// Relay's global object identification, as HotChocolate's <c>AddGlobalObjectIdentification</c>: the <c>Node</c>
/// interface, <c>node(id:)</c> and <c>nodes(ids:)</c>, and each node type's <c>id</c> answering its global ID.
/// </summary>
internal sealed class GlobalObjectIdentification
{
    private readonly ClrTypeMapper _mapper;
    private readonly List<string> _errors;
    private readonly InterfaceType _node;
    private readonly ScalarType _id;
    private readonly Dictionary<string, NodeLookup> _lookups = new(StringComparer.Ordinal);

    public GlobalObjectIdentification(ClrTypeMapper mapper, List<string> errors)
    {
        _mapper = mapper;
        _errors = errors;
        _id = mapper.Scalar("ID");
        _node = new InterfaceType("Node", "The node interface is implemented by entities that have a global unique identifier.")
        {
            ResolveType = (value, _) => mapper.ObjectFor(value.GetType()),
            ResolvesByClrType = true,
        };
        _node.AddField(new FieldDefinition("id", new NonNullType(_id)) { Description = "The object's opaque global ID." });
        mapper.Register(_node);
    }

    /// <summary>Makes node types of the <c>[Node]</c> classes and of <paramref name="registered"/> (builder calls), once every type is known.</summary>
    public void Complete(IReadOnlyList<(Type Clr, Delegate Resolver)> registered)
    {
        var nodes = registered.Select(r => (Type: _mapper.NamedFor(r.Clr, input: false) as ObjectType, r.Clr, Resolver: (Delegate?)r.Resolver)).ToList();
        nodes.AddRange(_mapper.Objects.Where(o => o.Clr.IsDefined(typeof(NodeAttribute), inherit: false) && !registered.Any(r => r.Clr == o.Clr))
            .Select(o => ((ObjectType?)o.Type, o.Clr, (Delegate?)null)));
        foreach (var (type, clr, resolver) in nodes)
        {
            if (type is null)
            {
                _errors.Add($"{clr.Name} cannot be a node: it is not an object type.");
                continue;
            }

            AddNode(type, clr, resolver);
        }

        foreach (var (type, clr) in _mapper.Objects)
        {
            foreach (var field in type.Fields.Where(f => f.ClrProperty?.GetCustomAttribute<IDAttribute>()?.TypeName is not null && f.Name != "id"))
            {
                var typeName = field.ClrProperty!.GetCustomAttribute<IDAttribute>()!.TypeName!;
                var getter = MemberAccessors.For(clr, field.ClrProperty!.Name).Getter!;
                field.Resolver = context => context.Parent is not null && getter(context.Parent) is { } key ? EncodeAll(typeName, key) : null;
            }
        }
    }

    private static object EncodeAll(string typeName, object key) =>
        key is IEnumerable keys and not string ? keys.Cast<object?>().Select(k => k is null ? null : GlobalIds.Encode(typeName, k)).ToList() : GlobalIds.Encode(typeName, key);

    /// <summary>Adds <c>node(id:)</c> and <c>nodes(ids:)</c> to Query.</summary>
    public void AddRootFields(ObjectType query)
    {
        var node = new FieldDefinition("node", _node)
        {
            Description = "Fetches an object given its ID.",
            Arguments = [new InputValueDefinition("id", new NonNullType(_id)) { Description = "ID of the object." }],
            Resolver = context => Lookup((string)context.Arguments["id"]!, context),
        };
        var nodes = new FieldDefinition("nodes", new NonNullType(new ListType(_node)))
        {
            Description = "Lookup nodes by a list of IDs.",
            Arguments = [new InputValueDefinition("ids", new NonNullType(new ListType(new NonNullType(_id)))) { Description = "The list of node IDs." }],
            Resolver = LookupAll,
        };
        foreach (var field in new[] { node, nodes })
        {
            if (!query.AddField(field))
            {
                _errors.Add($"Field \"Query.{field.Name}\" can only be defined once: global object identification adds it.");
            }
        }
    }

    private void AddNode(ObjectType type, Type clr, Delegate? registered)
    {
        if (_lookups.ContainsKey(type.Name))
        {
            _errors.Add($"{type.Name} is registered as a node twice.");
            return;
        }

        var keyName = clr.GetCustomAttribute<NodeAttribute>()?.IdField ?? "Id";
        var key = clr.GetProperty(keyName, BindingFlags.Public | BindingFlags.Instance);
        var method = registered?.Method ?? FindResolver(clr);
        if (key is null || method is null)
        {
            _errors.Add(key is null
                ? $"Node {type.Name} ({clr.Name}) needs a public key property \"{keyName}\" (or [Node(IdField = ...)])."
                : $"Node {type.Name} ({clr.Name}) needs one static method marked [NodeResolver] (or a resolver given to AddNode) to load it by key.");
            return;
        }

        var idParameter = method.GetParameters().FirstOrDefault(p => p.Name == "id");
        if (idParameter is null || !GlobalIds.SupportsKey(idParameter.ParameterType))
        {
            _errors.Add($"The node resolver {clr.Name}.{method.Name} needs a parameter named \"id\" of type Guid, int, long, short or string, which receives the key.");
            return;
        }

        var rules = type.AuthorizeRules.Concat(method.GetCustomAttributes<AuthorizeAttribute>().Select(AuthorizeRule.From)).Distinct().ToList();
        _lookups[type.Name] = new NodeLookup(
            idParameter.ParameterType,
            registered?.Target,
            MethodBinder.Bind(method, p => !_mapper.IsArgument(p)),
            rules.Count == 0 ? null : new FieldAuthorization(rules));
        type.Interfaces.Insert(0, _node);
        SetIdField(type, clr, key);
    }

    private static MethodInfo? FindResolver(Type clr)
    {
        var methods = clr.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static).Where(m => m.IsDefined(typeof(NodeResolverAttribute))).ToList();
        return methods.Count == 1 ? methods[0] : null;
    }

    /// <summary>The key property becomes <c>id: ID!</c> answering the global ID; projection still reads the key.</summary>
    private void SetIdField(ObjectType type, Type clr, PropertyInfo key)
    {
        var typeName = type.Name;
        var getter = MemberAccessors.For(clr, key.Name).Getter!;
        FieldResolver encode = context => context.Parent is not null && getter(context.Parent) is { } value ? GlobalIds.Encode(typeName, value) : null;
        var field = type.Field("id");
        if (field is null)
        {
            type.AddField(new FieldDefinition("id", new NonNullType(_id)) { Description = "The object's opaque global ID.", Resolver = encode, ClrProperty = key }, first: true);
        }
        else if (field.ClrProperty == key || (field.ClrProperty is null && key.Name.Equals("id", StringComparison.OrdinalIgnoreCase)))
        {
            field.Type = new NonNullType(_id);
            field.Resolver = encode;
            field.ClrProperty = key;
        }
        else
        {
            _errors.Add($"Node {type.Name} has an \"id\" field that is not its key {key.Name}.");
        }
    }

    /// <summary>Finds one node: null when the ID names no node type or nothing the resolver returns.</summary>
    private object? Lookup(string id, ResolverContext context)
    {
        if (!GlobalIds.TryDecode(id, out var typeName, out var keyText))
        {
            throw new GraphQLException($"\"{id}\" is not a valid global ID.", ErrorCodes.BadUserInput);
        }

        if (!_lookups.TryGetValue(typeName, out var lookup) || !GlobalIds.TryParseKey(keyText, lookup.KeyType, out var key))
        {
            return null;
        }

        if (lookup.Authorization?.Deny(context.User) is { } denied)
        {
            throw denied;
        }

        return lookup.Resolve(lookup.Target!, context.WithArguments(new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = key }));
    }

    /// <summary>Every node at once (their resolvers run concurrently); a failed one is an error at its index, the others complete.</summary>
    private object? LookupAll(ResolverContext context)
    {
        var ids = (IList)context.Arguments["ids"]!;
        var results = new object?[ids.Count];
        var pending = new List<Task>();
        for (var i = 0; i < ids.Count; i++)
        {
            try
            {
                var value = Lookup((string)ids[i]!, context);
                if (Awaitables.AsTask(value) is { } task)
                {
                    var index = i;
                    pending.Add(task.ContinueWith(
                        done => results[index] = done.IsCompletedSuccessfully ? done.Result : new FieldErrorValue(done.Exception?.InnerException ?? new TaskCanceledException()),
                        CancellationToken.None,
                        TaskContinuationOptions.ExecuteSynchronously,
                        TaskScheduler.Default));
                }
                else
                {
                    results[i] = value;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                results[i] = new FieldErrorValue(e);
            }
        }

        return pending.Count == 0 ? results : WhenAll(pending, results);
    }

    private static async Task<object?> WhenAll(List<Task> pending, object?[] results)
    {
        await Task.WhenAll(pending).ConfigureAwait(false);
        return results;
    }

    private sealed record NodeLookup(Type KeyType, object? Target, Func<object, ResolverContext, object?> Resolve, FieldAuthorization? Authorization);
}
