using System.Linq.Expressions;
using System.Reflection;

namespace Mobility.GraphQL.Projection;

/// <summary>
/// Builds <c>new T { A = x.A, Nav = x.Nav == null ? null : new N { ... }, Items = x.Items.Select(i => new I { ... }).ToList() }</c>
/// from a <see cref="ProjectionNode"/>. A class without a parameterless constructor or with a needed member that
/// has no setter is read whole at that level (EF loads the entity), which is always correct, just wider.
/// </summary>
internal sealed class ProjectionBuilder(EntityModel model)
{
    private int _depth;

    public Expression Build(Expression source, Type clr, ProjectionNode node)
    {
        var constructor = clr.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes);
        var members = new Dictionary<PropertyInfo, ProjectionNode?>(node.Members);
        if (EntityModel.Key(clr) is { } key)
        {
            members.TryAdd(key, null);
        }

        foreach (var always in clr.GetProperties(BindingFlags.Instance | BindingFlags.Public).Where(p => p.IsDefined(typeof(IsProjectedAttribute))))
        {
            members.TryAdd(always, null);
        }

        if (node.AllScalars)
        {
            foreach (var member in model.Members(clr).Where(m => m.Property is not null && m.Kind is MemberKind.Scalar or MemberKind.Enum))
            {
                members.TryAdd(member.Property!, null);
            }
        }

        if (constructor is null || members.Keys.Any(p => p.SetMethod is null))
        {
            return source;
        }

        var bindings = new List<MemberBinding>();
        foreach (var (property, child) in members)
        {
            var access = Expression.Property(source, property);
            var kind = model.Classify(property.PropertyType, out var entity);
            Expression value = kind switch
            {
                MemberKind.Object => Expression.Condition(
                    Expression.Equal(access, Expression.Constant(null, property.PropertyType)),
                    Expression.Constant(null, property.PropertyType),
                    Convert(Build(access, entity!, child ?? new ProjectionNode { AllScalars = true }), property.PropertyType)),
                MemberKind.Collection => Collection(access, property.PropertyType, entity!, child ?? new ProjectionNode { AllScalars = true }),
                _ => access,
            };
            bindings.Add(Expression.Bind(property, value));
        }

        return Expression.MemberInit(Expression.New(constructor), bindings);
    }

    private Expression Collection(MemberExpression access, Type propertyType, Type element, ProjectionNode child)
    {
        _depth++;
        var parameter = Expression.Parameter(element, "i" + _depth.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var selector = Expression.Lambda(Convert(Build(parameter, element, child), element), parameter);
        var select = Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), [element, element], access, selector);
        if (typeof(List<>).MakeGenericType(element).IsAssignableTo(propertyType))
        {
            return Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [element], select);
        }

        return element.MakeArrayType().IsAssignableTo(propertyType)
            ? Expression.Call(typeof(Enumerable), nameof(Enumerable.ToArray), [element], select)
            : access;
    }

    private static Expression Convert(Expression expression, Type type) => expression.Type == type ? expression : Expression.Convert(expression, type);
}
