using System.Collections;
using System.Linq.Expressions;
using Mobility.GraphQL.Projection;

namespace Mobility.GraphQL.Sorting;

/// <summary>Turns a coerced <c>order:</c> value into sort keys over the entity (nested navigations and computed fields included).</summary>
internal sealed class SortCompiler(EntityModel model)
{
    public List<SortKey> Compile(Type entity, object? order)
    {
        var keys = new List<SortKey>();
        if (order is not IList elements)
        {
            return keys;
        }

        var parameter = Expression.Parameter(entity, "x");
        foreach (var element in elements.OfType<IReadOnlyDictionary<string, object?>>())
        {
            Add(keys, parameter, parameter, entity, element, throughNavigation: false);
        }

        return keys;
    }

    private void Add(List<SortKey> keys, ParameterExpression parameter, Expression instance, Type clr, IReadOnlyDictionary<string, object?> map, bool throughNavigation)
    {
        var members = model.Members(clr);
        foreach (var (name, value) in map)
        {
            if (value is null || members.FirstOrDefault(m => m.Name == name) is not { } member)
            {
                continue;
            }

            var access = member.Access(instance);
            if (member.Kind == MemberKind.Object && value is IReadOnlyDictionary<string, object?> nested)
            {
                Add(keys, parameter, access, member.Entity!, nested, throughNavigation: true);
                continue;
            }

            var nullable = member.Nullable || throughNavigation;
            if (nullable && access.Type.IsValueType && Nullable.GetUnderlyingType(access.Type) is null)
            {
                access = Expression.Convert(access, typeof(Nullable<>).MakeGenericType(access.Type));
            }

            keys.Add(new SortKey(Expression.Lambda(access, parameter), value is "DESC", nullable));
        }
    }
}
