using System.Reflection;
using Mobility.GraphQL.CodeFirst;
using Mobility.GraphQL.Execution;
using Mobility.GraphQL.Execution.Runtime;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Mutations;

/// <summary>
/// HotChocolate's mutation conventions: <c>doThing(a:, b:): T</c> becomes
/// <c>doThing(input: DoThingInput!): DoThingPayload!</c>, the payload holding the result under the result type's
/// name and the declared errors, caught from exceptions, in <c>errors: [DoThingError!]</c>.
/// </summary>
internal sealed class MutationConventions(ClrTypeMapper mapper, MutationConventionOptions? options, List<string> errors)
{
    private readonly Dictionary<Type, ErrorShape> _errorShapes = [];
    private InterfaceType? _errorInterface;

    /// <summary>Rewrites the field of mutation method <paramref name="method"/> declared by <paramref name="declaringClass"/> when the conventions apply.</summary>
    public void Apply(FieldDefinition field, MethodInfo method, Type declaringClass)
    {
        var convention = method.GetCustomAttribute<UseMutationConventionAttribute>();
        var declared = declaringClass.GetCustomAttributes<ErrorAttribute>().Concat(method.GetCustomAttributes<ErrorAttribute>()).Select(e => e.ErrorType).ToList();
        if (options is null)
        {
            if (convention is not null || declared.Count > 0)
            {
                errors.Add($"Mutation \"{field.Name}\" ({declaringClass.Name}.{method.Name}) uses [UseMutationConvention] or [Error]: call AddMutationConventions() on the schema builder.");
            }

            return;
        }

        if (convention?.Disable == true || (!options.ApplyToAllMutations && convention is null))
        {
            return;
        }

        var name = char.ToUpperInvariant(field.Name[0]) + field.Name[1..];
        var shapes = declared.Concat(options.DefaultErrors).Distinct().Select(Shape).OfType<ErrorShape>().ToList();
        var result = field.Type.Nullable;
        var resultField = convention?.PayloadFieldName ?? Naming.CamelCase(result.NamedType.Name);
        var payload = new ObjectType(convention?.PayloadTypeName ?? name + "Payload", $"The result of {field.Name}.");
        payload.AddField(new FieldDefinition(resultField, result) { Description = "What the mutation produced; null when it reported errors." });
        if (shapes.Count > 0)
        {
            var union = new UnionType(convention?.PayloadErrorTypeName ?? name + "Error", $"An error {field.Name} may report.")
            {
                ResolveType = (value, _) => mapper.ObjectFor(value.GetType()),
                ResolvesByClrType = true,
            };
            union.Types.AddRange(shapes.Select(s => s.Type).Distinct());
            Register(union, field);
            payload.AddField(new FieldDefinition("errors", new ListType(new NonNullType(union))) { Description = "Why the mutation did nothing; null when it succeeded." });
        }

        Register(payload, field);
        if (field.Arguments.Length > 0)
        {
            var input = new InputObjectType(convention?.InputTypeName ?? name + "Input", $"The input of {field.Name}.");
            foreach (var argument in field.Arguments)
            {
                input.AddField(argument);
            }

            Register(input, field);
            field.Arguments = [new InputValueDefinition("input", new NonNullType(input))];
        }

        field.Type = new NonNullType(payload);
        field.Resolver = Wrap(field.Resolver!, resultField, shapes);
    }

    private static FieldResolver Wrap(FieldResolver resolve, string resultField, List<ErrorShape> shapes)
    {
        return context =>
        {
            var inner = context.Arguments.TryGetValue("input", out var input) && input is IReadOnlyDictionary<string, object?> arguments
                ? context.WithArguments(arguments)
                : context;
            object? result;
            try
            {
                result = resolve(inner);
            }
            catch (Exception e) when (Reported(e, shapes) is { } error)
            {
                return Payload(resultField, null, error);
            }

            return Awaitables.AsTask(result) is { } task ? CompleteAsync(task, resultField, shapes) : Payload(resultField, result, null);
        };
    }

    private static async Task<object?> CompleteAsync(Task<object?> task, string resultField, List<ErrorShape> shapes)
    {
        try
        {
            return Payload(resultField, await task.ConfigureAwait(false), null);
        }
        catch (Exception e) when (Reported(e, shapes) is { } error)
        {
            return Payload(resultField, null, error);
        }
    }

    private static Dictionary<string, object?> Payload(string resultField, object? result, object? error) => new(StringComparer.Ordinal)
    {
        [resultField] = result,
        ["errors"] = error is null ? null : new[] { error },
    };

    /// <summary>The error object for an exception the mutation declares, or null to keep it a GraphQL error.</summary>
    private static object? Reported(Exception exception, List<ErrorShape> shapes) =>
        shapes.FirstOrDefault(s => s.Exception.IsInstanceOfType(exception))?.Create(exception);

    private ErrorShape? Shape(Type errorType)
    {
        if (_errorShapes.TryGetValue(errorType, out var known))
        {
            return known;
        }

        var shape = typeof(Exception).IsAssignableFrom(errorType) ? FromException(errorType) : FromErrorClass(errorType);
        if (shape is not null)
        {
            var iface = ErrorInterface();
            if (!shape.Type.Interfaces.Contains(iface))
            {
                shape.Type.Interfaces.Add(iface);
            }

            _errorShapes[errorType] = shape;
        }

        return shape;
    }

    /// <summary>An exception class as an error type: <c>message</c> and the public properties it adds to <see cref="Exception"/>.</summary>
    private ErrorShape FromException(Type exception)
    {
        var name = exception.GetCustomAttribute<GraphQLNameAttribute>()?.Name
            ?? (exception.Name.EndsWith("Exception", StringComparison.Ordinal) ? exception.Name[..^"Exception".Length] : exception.Name) + "Error";
        var type = new ObjectType(name, exception.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description ?? XmlDocs.Summary(exception));
        type.AddField(new FieldDefinition("message", new NonNullType(mapper.Scalar("String"))) { Description = "What went wrong, in words." });
        var properties = exception.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.DeclaringType != typeof(Exception) && typeof(Exception).IsAssignableFrom(p.DeclaringType) && p.DeclaringType != typeof(object)
                && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<GraphQLIgnoreAttribute>() is null && p.Name != nameof(Exception.Message)
                && typeof(Exception).GetProperty(p.Name) is null);
        foreach (var property in properties)
        {
            var field = mapper.Field(property, property.PropertyType, mapper.Nullability(property));
            field.ClrProperty = property;
            if (!type.AddField(field))
            {
                errors.Add($"Field \"{name}.{field.Name}\" can only be defined once.");
            }
        }

        mapper.RegisterClr(exception, type);
        return new ErrorShape(type, exception, e => e);
    }

    /// <summary>An error class built from the exception it stands for, through its constructor or <c>CreateErrorFrom</c>.</summary>
    private ErrorShape? FromErrorClass(Type errorClass)
    {
        var constructor = errorClass.GetConstructors().FirstOrDefault(c => c.GetParameters() is [var p] && typeof(Exception).IsAssignableFrom(p.ParameterType));
        var factory = errorClass.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .FirstOrDefault(m => m.Name == "CreateErrorFrom" && m.GetParameters() is [var p] && typeof(Exception).IsAssignableFrom(p.ParameterType));
        var exception = (constructor?.GetParameters()[0] ?? factory?.GetParameters()[0])?.ParameterType;
        if (exception is null || mapper.NamedFor(errorClass, input: false) is not ObjectType type)
        {
            errors.Add($"Error {errorClass.Name} must be an exception class, or a class with a public constructor taking the exception (or a static CreateErrorFrom(exception) method).");
            return null;
        }

        if (type.Field("message") is not { Type: NonNullType { OfType: ScalarType { Name: "String" } } })
        {
            errors.Add($"Error {type.Name} ({errorClass.Name}) needs a non-null string property Message, the Error interface's field.");
            return null;
        }

        return new ErrorShape(type, exception, e => constructor is not null ? constructor.Invoke([e]) : factory!.Invoke(null, [e])!);
    }

    private InterfaceType ErrorInterface()
    {
        if (_errorInterface is null)
        {
            _errorInterface = new InterfaceType("Error", "Something a mutation could not do, reported in its payload.");
            _errorInterface.AddField(new FieldDefinition("message", new NonNullType(mapper.Scalar("String"))) { Description = "What went wrong, in words." });
            Register(_errorInterface, null);
        }

        return _errorInterface;
    }

    private void Register(NamedType type, FieldDefinition? field)
    {
        if (mapper.ByName(type.Name) is { } existing && !ReferenceEquals(existing, type))
        {
            errors.Add($"There can be only one type named \"{type.Name}\"{(field is null ? "" : $" (the mutation conventions of \"{field.Name}\" create it)")}.");
            return;
        }

        mapper.Register(type);
    }

    private sealed record ErrorShape(ObjectType Type, Type Exception, Func<Exception, object> Create);
}
