using System.Reflection;
using Mobility.GraphQL.Execution;
using Mobility.GraphQL.Execution.Runtime;
using Mobility.GraphQL.Filtering;
using Mobility.GraphQL.Paging;
using Mobility.GraphQL.Projection;
using Mobility.GraphQL.Sorting;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.CodeFirst;

/// <summary>
/// Wires [UsePaging], [UseFiltering], [UseSorting] and [UseProjection] on a resolver method: the field's type
/// and arguments, its cost metadata, and a resolver that runs the method and then the data middleware in the
/// method's service scope (so a scoped DbContext lives until the page is read).
/// </summary>
internal sealed class DataFields(ClrTypeMapper mapper, EntityModel model, SchemaOptions options, List<string> errors)
{
    private readonly FilterInputTypes _filters = new(mapper, model, options);
    private readonly SortInputTypes _sorts = new(mapper, model);

    public static bool Applies(MethodInfo method) =>
        method.IsDefined(typeof(UsePagingAttribute)) || method.IsDefined(typeof(UseFilteringAttribute))
        || method.IsDefined(typeof(UseSortingAttribute)) || method.IsDefined(typeof(UseProjectionAttribute));

    /// <summary>Configures <paramref name="field"/>; returns the resolver that takes the method's target.</summary>
    public Func<object, ResolverContext, object?>? Configure(FieldDefinition field, MethodInfo method, Func<ParameterInfo, bool> isService)
    {
        var entity = EntityType(method.ReturnType);
        if (entity is null || mapper.NamedFor(entity, input: false) is not ObjectType node)
        {
            errors.Add($"Field \"{field.Name}\" ({method.DeclaringType?.Name}.{method.Name}) uses data attributes, so it must return IQueryable<T> of an object type.");
            return null;
        }

        var paging = method.GetCustomAttribute<UsePagingAttribute>();
        ObjectType? connection = null;
        var arguments = field.Arguments.ToList();
        if (paging is not null)
        {
            if (EntityModel.Key(entity) is null)
            {
                errors.Add($"Field \"{field.Name}\" is paged, so {entity.Name} needs a key ([Key], Id or {entity.Name}Id) as the cursor's tie-breaker.");
                return null;
            }

            var name = paging.ConnectionName ?? char.ToUpperInvariant(field.Name[0]) + field.Name[1..];
            connection = ConnectionTypes.Build(mapper, name, node, paging.IncludeTotalCount, errors);
            field.Type = connection;
            field.ListSize = new ListSizeInfo(["first", "last"], ["edges", "nodes"], paging.DefaultPageSize);
            var integer = mapper.NamedFor(typeof(int), input: false);
            var text = mapper.NamedFor(typeof(string), input: false);
            arguments.Add(new InputValueDefinition("first", integer) { Description = "Returns the first _n_ elements from the list." });
            arguments.Add(new InputValueDefinition("after", text) { Description = "Returns the elements in the list that come after the specified cursor." });
            if (paging.AllowBackwardPagination)
            {
                arguments.Add(new InputValueDefinition("last", integer) { Description = "Returns the last _n_ elements from the list." });
                arguments.Add(new InputValueDefinition("before", text) { Description = "Returns the elements in the list that come before the specified cursor." });
            }
        }

        var filtering = method.IsDefined(typeof(UseFilteringAttribute));
        if (filtering)
        {
            arguments.Add(new InputValueDefinition("where", _filters.For(entity)));
        }

        var sorting = method.IsDefined(typeof(UseSortingAttribute));
        if (sorting)
        {
            arguments.Add(new InputValueDefinition("order", new ListType(new NonNullType(_sorts.For(entity)))));
        }

        field.Arguments = [.. arguments];
        var setup = new DataFieldSetup(model, node, paging, connection, filtering, sorting, method.IsDefined(typeof(UseProjectionAttribute)));
        var resolver = Activator.CreateInstance(typeof(DataResolver<>).MakeGenericType(entity), setup)!;
        var resolve = resolver.GetType().GetMethod(nameof(DataResolver<object>.ResolveAsync))!
            .CreateDelegate<Func<object?, ResolverContext, Task<object?>>>(resolver);
        return MethodBinder.Bind(method, isService, resolve);
    }

    private static Type? EntityType(Type type)
    {
        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            return EntityType(type.GetGenericArguments()[0]);
        }

        return type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IQueryable<>) || definition == typeof(IOrderedQueryable<>) || definition == typeof(IEnumerable<>))
            ? type.GetGenericArguments()[0]
            : null;
    }
}
