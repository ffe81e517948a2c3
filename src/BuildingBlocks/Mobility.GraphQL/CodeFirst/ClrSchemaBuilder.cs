using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Mobility.GraphQL.Execution;
using Mobility.GraphQL.Execution.Runtime;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.CodeFirst;

/// <summary>Turns CLR classes into the schema model: object types, fields with resolvers, arguments, enums and inputs.</summary>
internal sealed class ClrSchemaBuilder
{
    private readonly ClrTypeMapper _mapper;
    private readonly List<string> _errors = [];
    private readonly IReadOnlyList<Projection.ComputedField> _computed;
    private readonly DataFields _dataFields;
    private readonly Authorization.CodeFirstAuthorization _authorization;
    private readonly SchemaOptions _options;
    private readonly Mutations.MutationConventions _conventions;
    private ObjectType? _mutation;

    public ClrSchemaBuilder(IServiceProviderIsService? services, IReadOnlyList<Projection.ComputedField> computed, SchemaOptions options)
    {
        _mapper = new ClrTypeMapper(services);
        _computed = computed;
        _options = options;
        _authorization = new Authorization.CodeFirstAuthorization(_errors);
        _conventions = new Mutations.MutationConventions(_mapper, options.MutationConventions, _errors);
        _dataFields = new DataFields(_mapper, new Projection.EntityModel(computed, t => _mapper.ScalarFor(t) is not null), options, _errors);
    }

    private ClrTypeMapper Mapper
    {
        get
        {
            _mapper.FillObject ??= (type, clr) => AddMembers(type, clr, null, isRoot: false);
            return _mapper;
        }
    }

    public Schema Build(List<Type> queryTypes, List<Type> mutationTypes, List<Type> types, List<Type> extensions)
    {
        var query = new ObjectType("Query");
        var mutation = mutationTypes.Count > 0 || extensions.Any(e => Extends(e) == "Mutation") ? new ObjectType("Mutation") : null;
        _mutation = mutation;
        Mapper.Register(query);
        if (mutation is not null)
        {
            Mapper.Register(mutation);
        }

        foreach (var type in queryTypes)
        {
            AddMembers(query, type, RootTarget(type), isRoot: true);
        }

        foreach (var type in mutationTypes)
        {
            AddMembers(mutation!, type, RootTarget(type), isRoot: true);
        }

        foreach (var type in types)
        {
            Mapper.NamedFor(type, input: false);
        }

        foreach (var extension in extensions)
        {
            var attribute = extension.GetCustomAttribute<ExtendObjectTypeAttribute>();
            var target = attribute?.Type is { } clr ? Mapper.NamedFor(clr, input: false) as ObjectType
                : attribute?.Name is { } name ? Mapper.ByName(name) as ObjectType
                : null;
            if (target is null)
            {
                _errors.Add($"Type extension {extension.Name} must be marked [ExtendObjectType] with an existing object type.");
                continue;
            }

            AddMembers(target, extension, RootTarget(extension), isRoot: true);
        }

        var identification = _options.GlobalObjectIdentification ? new Relay.GlobalObjectIdentification(Mapper, _errors) : null;
        if (identification is not null)
        {
            identification.Complete(_options.Nodes);
            identification.AddRootFields(query);
        }

        Mapper.LinkAbstractTypes();
        _errors.AddRange(Mapper.Errors);
        if (_errors.Count > 0)
        {
            throw new GraphQLSchemaException(_errors);
        }

        var directives = _authorization.Used || _options.RequireAuthenticatedUser
            ? Authorization.CodeFirstAuthorization.Directives(Mapper.ScalarFor(typeof(string))!)
            : [];
        var schema = Mapper.CreateSchema(query, mutation, directives);
        Authorization.CodeFirstAuthorization.Apply(schema, _options.RequireAuthenticatedUser);
        if (identification is not null)
        {
            Relay.GlobalIdInputs.Prepare(schema, _options.AcceptBareKeys);
        }

        return schema;
    }

    private static string? Extends(Type extension) => extension.GetCustomAttribute<ExtendObjectTypeAttribute>()?.Name;

    /// <summary>The object a root or extension method runs on: from the request's services, or one shared instance.</summary>
    private static Func<ResolverContext, object?> RootTarget(Type type)
    {
        var shared = type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null ? null : new Lazy<object>(() => Activator.CreateInstance(type)!);
        return context => context.Services?.GetService(type)
            ?? shared?.Value
            ?? (context.Services is { } provider ? ActivatorUtilities.CreateInstance(provider, type) : null);
    }

    /// <summary>Adds a class's public members as fields; root and extension methods run on <paramref name="target"/>.</summary>
    public void AddMembers(ComplexType type, Type clr, Func<ResolverContext, object?>? target, bool isRoot)
    {
        var flags = BindingFlags.Public | BindingFlags.Instance | (isRoot ? BindingFlags.Static : 0);
        var isInterface = type is InterfaceType;
        if (isRoot)
        {
            _authorization.AnnotateClass(clr);
        }
        else if (!isInterface)
        {
            _authorization.AnnotateType(type, clr);
        }

        foreach (var property in Members(clr, c => c.GetProperties(flags)).Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && !Ignored(p)))
        {
            var field = Mapper.Field(property, property.PropertyType, Mapper.Nullability(property));
            if (isRoot)
            {
                var getter = property.GetMethod!;
                field.Resolver = context => getter.Invoke(getter.IsStatic ? null : target!(context), null);
            }
            else
            {
                field.ClrProperty = property;
                if (!string.Equals(field.Name, property.Name, StringComparison.OrdinalIgnoreCase))
                {
                    var accessor = MemberAccessors.For(clr, property.Name);
                    field.Resolver = context => accessor.Getter!(context.Parent!);
                }
            }

            if (!isInterface)
            {
                _authorization.AnnotateField(field, property, clr, classIsType: !isRoot);
            }

            Add(type, field);
        }

        foreach (var method in Members(clr, c => c.GetMethods(flags)).Where(m => !m.IsSpecialName && m.DeclaringType != typeof(object) && m.ReturnType != typeof(void)
            && !m.IsGenericMethodDefinition && !Ignored(m) && !IsRecordPlumbing(m)))
        {
            var field = Mapper.Field(method, method.ReturnType, Mapper.Nullability(method.ReturnParameter));
            field.Arguments = [.. method.GetParameters().Where(Mapper.IsArgument).Select(Mapper.Argument)];
            var invoke = DataFields.Applies(method)
                ? _dataFields.Configure(field, method, p => !Mapper.IsArgument(p))
                : MethodBinder.Bind(method, p => !Mapper.IsArgument(p));
            if (invoke is null)
            {
                continue;
            }

            field.Resolver = isRoot
                ? context => invoke(method.IsStatic ? null! : target!(context)!, context)
                : context => invoke(context.Parent!, context);
            if (isRoot && _mutation is not null && ReferenceEquals(type, _mutation))
            {
                _conventions.Apply(field, method, clr);
            }

            if (!isInterface)
            {
                _authorization.AnnotateField(field, method, clr, classIsType: !isRoot);
            }

            Add(type, field);
        }

        if (!isRoot)
        {
            foreach (var computed in _computed.Where(c => c.Entity == clr))
            {
                AddComputed(type, computed);
            }
        }
    }

    /// <summary>A computed field: resolved by the compiled expression on the parent, inlined by filtering, sorting and projection.</summary>
    private void AddComputed(ComplexType type, Projection.ComputedField computed)
    {
        var parent = System.Linq.Expressions.Expression.Parameter(typeof(object), "parent");
        var body = Projection.ParameterReplacer.Replace(computed.Expression, System.Linq.Expressions.Expression.Convert(parent, computed.Entity));
        var read = System.Linq.Expressions.Expression.Lambda<Func<object, object?>>(System.Linq.Expressions.Expression.Convert(body, typeof(object)), parent).Compile();
        Add(type, new FieldDefinition(computed.Name, Mapper.ComputedType(computed.Expression.ReturnType))
        {
            Description = computed.Description,
            ComputedExpression = computed.Expression,
            Resolver = context => context.Parent is null ? null : read(context.Parent),
        });
    }

    private void Add(ComplexType type, FieldDefinition field)
    {
        if (!type.AddField(field))
        {
            _errors.Add($"Field \"{type.Name}.{field.Name}\" can only be defined once.");
        }
    }

    /// <summary>A class's members; a C# interface's include those of the interfaces it extends, as GraphQL requires.</summary>
    private static IEnumerable<T> Members<T>(Type clr, Func<Type, T[]> members)
        where T : MemberInfo =>
        clr.IsInterface ? members(clr).Concat(clr.GetInterfaces().SelectMany(members)).DistinctBy(m => m.Name) : members(clr);

    private static bool Ignored(MemberInfo member) => member.GetCustomAttribute<GraphQLIgnoreAttribute>() is not null;

    private static bool IsRecordPlumbing(MethodInfo method) =>
        method.Name is "Deconstruct" or "<Clone>$" or "PrintMembers" or "GetHashCode" or "Equals" or "ToString" or "GetType";
}
