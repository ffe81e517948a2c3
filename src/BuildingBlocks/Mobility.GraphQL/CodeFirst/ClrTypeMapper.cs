using System.Collections;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Mobility.GraphQL.Execution;
using Mobility.GraphQL.Language.Ast;
using Mobility.GraphQL.Types;
using Mobility.GraphQL.Types.Scalars;

namespace Mobility.GraphQL.CodeFirst;

/// <summary>
/// Maps CLR types to GraphQL types: scalars, enums (UPPER_SNAKE), lists from IEnumerable, Task/ValueTask
/// unwrapped, nullability from C# nullable annotations, classes to object or input object types.
/// </summary>
internal sealed class ClrTypeMapper(IServiceProviderIsService? services)
{
    private readonly NullabilityInfoContext _nullability = new();
    private readonly Dictionary<(Type, bool), NamedType> _byClr = [];
    private readonly Dictionary<string, NamedType> _byName = new(StringComparer.Ordinal);
    private readonly List<(ObjectType Type, Type Clr)> _objects = [];
    private readonly List<(NamedType Type, Type Clr)> _abstractTypes = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, ObjectType?> _runtimeTypes = new();

    public List<string> Errors { get; } = [];

    /// <summary>Fills an object or interface type from its CLR class; set by the schema builder.</summary>
    public Action<ComplexType, Type>? FillObject { get; set; }

    public void Register(NamedType type) => _byName[type.Name] = type;

    /// <summary>Binds a CLR class to a type built by hand (an exception's error type), for abstract type resolution.</summary>
    public void RegisterClr(Type clr, ObjectType type)
    {
        Register(type);
        _byClr[(clr, false)] = type;
    }

    public NamedType? ByName(string name) => _byName.GetValueOrDefault(name);

    public NullabilityInfo Nullability(PropertyInfo property) => _nullability.Create(property);

    /// <summary>Object types and their classes, in the order they were mapped.</summary>
    public IReadOnlyList<(ObjectType Type, Type Clr)> Objects => _objects;

    public NullabilityInfo Nullability(ParameterInfo parameter) => _nullability.Create(parameter);

    public FieldDefinition Field(MemberInfo member, Type clrType, NullabilityInfo nullability) =>
        new(Naming.Field(member), OutputType(clrType, nullability, member.GetCustomAttribute<IDAttribute>() is not null))
        {
            Description = Description(member),
            DeprecationReason = Deprecation(member),
        };

    public bool IsArgument(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (type == typeof(CancellationToken) || type == typeof(ResolverContext) || type == typeof(IServiceProvider) || type == typeof(System.Security.Claims.ClaimsPrincipal)
            || parameter.GetCustomAttribute<ParentAttribute>() is not null || parameter.GetCustomAttribute<ServiceAttribute>() is not null)
        {
            return false;
        }

        return !(type.IsInterface && !IsEnumerable(type)) && services?.IsService(type) != true;
    }

    public InputValueDefinition Argument(ParameterInfo parameter)
    {
        var type = InputType(parameter.ParameterType, Nullability(parameter), parameter.GetCustomAttribute<IDAttribute>() is not null);
        if (parameter.HasDefaultValue && type is NonNullType nonNull)
        {
            type = parameter.DefaultValue is null ? nonNull.OfType : type;
        }

        return new InputValueDefinition(Naming.Argument(parameter), type)
        {
            GlobalId = GlobalIdInput(parameter.GetCustomAttribute<IDAttribute>(), parameter.ParameterType),
            Description = parameter.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description ?? XmlDocs.Parameter(parameter),
            DefaultValue = parameter.HasDefaultValue ? Literal(parameter.DefaultValue) : null,
            DeprecationReason = parameter.GetCustomAttribute<GraphQLDeprecatedAttribute>()?.Reason,
        };
    }

    /// <summary>What an [ID] input accepts as a global ID: its node type, and the key type of the value or its items.</summary>
    private static Relay.GlobalIdInput? GlobalIdInput(IDAttribute? id, Type clr)
    {
        if (id is null)
        {
            return null;
        }

        var key = Nullable.GetUnderlyingType(clr) ?? clr;
        if (IsEnumerable(key) && ElementType(key) is { } element)
        {
            key = Nullable.GetUnderlyingType(element) ?? element;
        }

        return Relay.GlobalIds.SupportsKey(key) ? new Relay.GlobalIdInput(id.TypeName, key) : null;
    }

    private GraphQLType OutputType(Type type, NullabilityInfo nullability, bool isId)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(Task<>) || definition == typeof(ValueTask<>)))
        {
            return OutputType(type.GetGenericArguments()[0], nullability.GenericTypeArguments[0], isId);
        }

        return Wrap(type, nullability, isId, input: false);
    }

    private GraphQLType InputType(Type type, NullabilityInfo nullability, bool isId) => Wrap(type, nullability, isId, input: true);

    private GraphQLType Wrap(Type type, NullabilityInfo nullability, bool isId, bool input)
    {
        var nullable = nullability.ReadState == NullabilityState.Nullable || Nullable.GetUnderlyingType(type) is not null;
        var clr = Nullable.GetUnderlyingType(type) ?? type;
        GraphQLType result;
        if (isId && (clr == typeof(string) || !IsEnumerable(clr)))
        {
            result = Scalar("ID");
        }
        else if (Scalar(clr) is { } scalar)
        {
            result = scalar;
        }
        else if (IsEnumerable(clr) && ElementType(clr) is { } element)
        {
            var elementNullability = nullability.ElementType ?? (nullability.GenericTypeArguments.Length > 0 ? nullability.GenericTypeArguments[0] : nullability);
            result = new ListType(Wrap(element, elementNullability, isId, input));
        }
        else
        {
            result = NamedFor(clr, input);
        }

        return nullable ? result : new NonNullType(result);
    }

    public NamedType NamedFor(Type clr, bool input)
    {
        if (Scalar(clr) is { } scalar)
        {
            return scalar;
        }

        var key = (clr, input && !clr.IsEnum);
        if (_byClr.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var name = Naming.Type(clr, input && !clr.IsEnum);
        var description = clr.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description ?? XmlDocs.Summary(clr);
        NamedType type = clr.IsEnum ? new EnumType(name, description)
            : input ? new InputObjectType(name, description)
            : clr.IsDefined(typeof(UnionTypeAttribute), inherit: false) ? new UnionType(name, description)
            : IsInterface(clr) ? new InterfaceType(name, description)
            : new ObjectType(name, description);
        if (_byName.TryGetValue(name, out var clash) && !ReferenceEquals(clash, type))
        {
            Errors.Add($"There can be only one type named \"{name}\" ({clr.FullName} clashes with another type).");
        }

        _byClr[key] = type;
        _byName[name] = type;
        switch (type)
        {
            case EnumType enumType:
                foreach (var member in clr.GetFields(BindingFlags.Public | BindingFlags.Static))
                {
                    enumType.AddValue(new EnumValueDefinition(Naming.EnumValue(member), member.GetValue(null))
                    {
                        Description = Description(member),
                        DeprecationReason = Deprecation(member),
                    });
                }

                break;
            case InputObjectType inputType:
                foreach (var property in clr.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetCustomAttribute<GraphQLIgnoreAttribute>() is null))
                {
                    inputType.AddField(new InputValueDefinition(Naming.Field(property), InputType(property.PropertyType, Nullability(property), property.GetCustomAttribute<IDAttribute>() is not null))
                    {
                        GlobalId = GlobalIdInput(property.GetCustomAttribute<IDAttribute>(), property.PropertyType),
                        Description = Description(property),
                        DeprecationReason = Deprecation(property),
                    });
                }

                InputObjects.Register(clr, inputType);
                break;
            case ObjectType objectType:
                _objects.Add((objectType, clr));
                FillObject?.Invoke(objectType, clr);
                break;
            case InterfaceType interfaceType:
                _abstractTypes.Add((interfaceType, clr));
                interfaceType.ResolveType = (value, _) => ObjectFor(value.GetType());
                interfaceType.ResolvesByClrType = true;
                FillObject?.Invoke(interfaceType, clr);
                break;
            case UnionType unionType:
                _abstractTypes.Add((unionType, clr));
                unionType.ResolveType = (value, _) => ObjectFor(value.GetType());
                unionType.ResolvesByClrType = true;
                break;
        }

        return type;
    }

    /// <summary>A C# interface or abstract class (or one marked [InterfaceType]) becomes a GraphQL interface.</summary>
    private static bool IsInterface(Type clr) =>
        clr.IsDefined(typeof(InterfaceTypeAttribute), inherit: false) || clr.IsInterface || (clr.IsAbstract && !clr.IsSealed);

    /// <summary>The object type of a runtime value: its class's, or the nearest base class's (e.g. a proxy's).</summary>
    public ObjectType? ObjectFor(Type runtime) => _runtimeTypes.GetOrAdd(runtime, type =>
    {
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            if (_byClr.GetValueOrDefault((current, false)) is ObjectType objectType)
            {
                return objectType;
            }
        }

        return null;
    });

    /// <summary>
    /// Once every type is known: each object type implements the interfaces its class implements or derives from,
    /// interfaces implement their base interfaces, and unions hold the object types whose classes implement them.
    /// </summary>
    public void LinkAbstractTypes()
    {
        foreach (var (type, clr) in _abstractTypes)
        {
            foreach (var (objectType, objectClr) in _objects.Where(o => o.Clr != clr && clr.IsAssignableFrom(o.Clr)))
            {
                switch (type)
                {
                    case InterfaceType iface when !objectType.Interfaces.Contains(iface):
                        objectType.Interfaces.Add(iface);
                        break;
                    case UnionType union when !union.Types.Contains(objectType):
                        union.Types.Add(objectType);
                        break;
                }
            }

            if (type is InterfaceType parent)
            {
                foreach (var (child, _) in _abstractTypes.Where(a => a.Type is InterfaceType && a.Clr != clr && clr.IsAssignableFrom(a.Clr)))
                {
                    if (!((InterfaceType)child).Interfaces.Contains(parent))
                    {
                        ((InterfaceType)child).Interfaces.Add(parent);
                    }
                }
            }
            else if (((UnionType)type).Types.Count == 0)
            {
                Errors.Add($"Union \"{type.Name}\" ({clr.Name}) has no member types: register the classes that implement it with AddType<T>().");
            }
        }
    }

    public Schema CreateSchema(ObjectType query, ObjectType? mutation, IReadOnlyList<DirectiveDefinition> directives)
    {
        var sdlTypes = _base;
        var collector = new TypeCollector();
        collector.AddDefined(_byName.Values.Where(t => t is not ScalarType || _scalars.ContainsValue((ScalarType)t)).Distinct());
        collector.Collect(query);
        if (mutation is not null)
        {
            collector.Collect(mutation);
        }

        foreach (var argument in sdlTypes.Directives.SelectMany(d => d.Arguments))
        {
            collector.Collect(argument.Type);
        }

        foreach (var introspectionType in sdlTypes.Types.Where(t => t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            collector.Collect(introspectionType);
        }

        var schema = new Schema(query, mutation, null, collector.Order, [.. directives, .. sdlTypes.Directives]);
        var errors = SchemaValidator.Validate(schema);
        Errors.AddRange(errors);
        if (Errors.Count > 0)
        {
            throw new GraphQLSchemaException(Errors);
        }

        return schema;
    }

    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);

    /// <summary>A schema with only the built-ins: its directives, introspection types and scalar instances are reused.</summary>
    private readonly Schema _base = SdlSchemaBuilder.Build(Language.Parser.Parse("type Query { _: Int }"), validate: false);

    public ScalarType Scalar(string name)
    {
        if (!_scalars.TryGetValue(name, out var scalar))
        {
            if (_base.Type(name) is ScalarType shared)
            {
                return _scalars[name] = shared;
            }

            _scalars[name] = scalar = BuiltInScalars.Create(name)!;
            if (scalar is StringBackedScalar backed)
            {
                backed.UseSpecification();
            }
        }

        return scalar;
    }

    /// <summary>The scalar a CLR type maps to, or null.</summary>
    public ScalarType? ScalarFor(Type clr) => Scalar(Nullable.GetUnderlyingType(clr) ?? clr);

    /// <summary>The output type of a computed field: value types non-null unless Nullable&lt;T&gt;, reference types nullable.</summary>
    public GraphQLType ComputedType(Type clr)
    {
        var underlying = Nullable.GetUnderlyingType(clr);
        var named = NamedFor(underlying ?? clr, input: false);
        return clr.IsValueType && underlying is null ? new NonNullType(named) : named;
    }

    private ScalarType? Scalar(Type clr) => clr switch
    {
        _ when clr == typeof(string) || clr == typeof(char) => Scalar("String"),
        _ when clr == typeof(int) || clr == typeof(short) || clr == typeof(byte) || clr == typeof(ushort) || clr == typeof(sbyte) => Scalar("Int"),
        _ when clr == typeof(long) || clr == typeof(uint) => Scalar("Long"),
        _ when clr == typeof(double) || clr == typeof(float) => Scalar("Float"),
        _ when clr == typeof(decimal) => Scalar("Decimal"),
        _ when clr == typeof(bool) => Scalar("Boolean"),
        _ when clr == typeof(Guid) => Scalar("UUID"),
        _ when clr == typeof(DateTime) || clr == typeof(DateTimeOffset) => Scalar("DateTime"),
        _ when clr == typeof(DateOnly) => Scalar("Date"),
        _ when clr == typeof(Uri) => Scalar("URL"),
        _ => null,
    };

    private static bool IsEnumerable(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && !typeof(IDictionary).IsAssignableFrom(type);

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericArguments().Length == 1 ? type.GetGenericArguments()[0]
        : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static string? Description(MemberInfo member) =>
        member.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description ?? XmlDocs.Summary(member);

    private static string? Deprecation(MemberInfo member) =>
        member.GetCustomAttribute<GraphQLDeprecatedAttribute>()?.Reason
        ?? (member.GetCustomAttribute<ObsoleteAttribute>() is { } obsolete ? obsolete.Message ?? SpecifiedDirectives.DefaultDeprecationReason : null);

    private static ValueNode Literal(object? value) => value switch
    {
        null => new NullValueNode(),
        bool b => new BooleanValueNode(b),
        string s => new StringValueNode(s, false),
        Enum e => new EnumValueNode(Naming.EnumValue(e.GetType().GetField(e.ToString())!)),
        double or float or decimal => new FloatValueNode(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!),
        _ => new IntValueNode(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!),
    };
}
