using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using System.Reflection;

namespace Mobility.GraphQL.Projection;

/// <summary>What a member of an entity is, for filtering, sorting and projection.</summary>
internal enum MemberKind
{
    Scalar,
    Enum,
    Object,
    Collection,
    Other,
}

/// <summary>A filterable, sortable, projectable member of an entity: a property or a computed field's expression.</summary>
internal sealed record EntityMember(string Name, Type Type, MemberKind Kind, Type? Entity, PropertyInfo? Property, LambdaExpression? Computed, bool Nullable)
{
    /// <summary>The member read from <paramref name="instance"/>, as an expression EF translates.</summary>
    public Expression Access(Expression instance) =>
        Property is not null ? Expression.Property(instance, Property) : ParameterReplacer.Replace(Computed!, instance);
}

/// <summary>A field declared with <c>AddComputedField</c>: its name and the expression that computes it.</summary>
internal sealed record ComputedField(Type Entity, string Name, LambdaExpression Expression, string? Description);

/// <summary>The members of entity classes as the data middleware sees them, cached per type.</summary>
internal sealed class EntityModel(IReadOnlyList<ComputedField> computed, Func<Type, bool> isScalar)
{
    private readonly ConcurrentDictionary<Type, IReadOnlyList<EntityMember>> _members = new();
    private readonly NullabilityInfoContext _nullability = new();
    private readonly Lock _lock = new();

    public bool IsScalar(Type type) => isScalar(Nullable.GetUnderlyingType(type) ?? type);

    public IReadOnlyList<EntityMember> Members(Type clr) => _members.GetOrAdd(clr, Create);

    public IEnumerable<ComputedField> ComputedOf(Type clr) => computed.Where(c => c.Entity == clr);

    /// <summary>The entity key: a property marked [Key], else one named Id or {Type}Id.</summary>
    public static PropertyInfo? Key(Type clr)
    {
        var properties = clr.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        return Array.Find(properties, p => p.GetCustomAttribute<KeyAttribute>() is not null)
            ?? Array.Find(properties, p => p.Name == "Id")
            ?? Array.Find(properties, p => p.Name == clr.Name + "Id");
    }

    public MemberKind Classify(Type type, out Type? entity)
    {
        entity = null;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsEnum)
        {
            return MemberKind.Enum;
        }

        if (IsScalar(underlying))
        {
            return MemberKind.Scalar;
        }

        if (underlying != typeof(string) && typeof(IEnumerable).IsAssignableFrom(underlying))
        {
            var element = underlying.IsArray ? underlying.GetElementType()
                : underlying.GetInterfaces().Append(underlying).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
            if (element is not null && element.IsClass && !IsScalar(element) && element != typeof(string))
            {
                entity = element;
                return MemberKind.Collection;
            }

            return MemberKind.Other;
        }

        if (underlying.IsClass && underlying != typeof(object) && !typeof(Delegate).IsAssignableFrom(underlying))
        {
            entity = underlying;
            return MemberKind.Object;
        }

        return MemberKind.Other;
    }

    private List<EntityMember> Create(Type clr)
    {
        var members = new List<EntityMember>();
        foreach (var property in clr.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<GraphQLIgnoreAttribute>() is null))
        {
            var kind = Classify(property.PropertyType, out var entity);
            if (kind == MemberKind.Other)
            {
                continue;
            }

            bool nullable;
            lock (_lock)
            {
                nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null
                    || (!property.PropertyType.IsValueType && _nullability.Create(property).ReadState != NullabilityState.NotNull);
            }

            members.Add(new EntityMember(CodeFirst.Naming.Field(property), property.PropertyType, kind, entity, property, null, nullable));
        }

        foreach (var field in ComputedOf(clr))
        {
            var type = field.Expression.ReturnType;
            var kind = Classify(type, out var entity);
            members.Add(new EntityMember(field.Name, type, kind, entity, null, field.Expression, !type.IsValueType || Nullable.GetUnderlyingType(type) is not null));
        }

        return members;
    }
}

/// <summary>Substitutes an expression for a lambda's parameter, so a computed field's body can be inlined.</summary>
internal sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    public static Expression Replace(LambdaExpression lambda, Expression replacement) =>
        new ParameterReplacer(lambda.Parameters[0], replacement).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
}
