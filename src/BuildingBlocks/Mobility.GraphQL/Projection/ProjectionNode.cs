using System.Linq.Expressions;
using System.Reflection;
using Mobility.GraphQL.Execution.Planning;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Projection;

/// <summary>The members of one entity an operation needs: scalars, and navigations with their own nodes.</summary>
internal sealed class ProjectionNode
{
    public Dictionary<PropertyInfo, ProjectionNode?> Members { get; } = [];

    /// <summary>Every scalar member is needed (a computed field reads the whole navigation).</summary>
    public bool AllScalars { get; set; }

    public ProjectionNode Child(PropertyInfo property)
    {
        if (!Members.TryGetValue(property, out var child) || child is null)
        {
            Members[property] = child = new ProjectionNode();
        }

        return child;
    }

    /// <summary>Adds the fields of selection plans over the entity's object type.</summary>
    public void Add(SelectionPlan plan, PlanBuilder planner, EntityModel model)
    {
        foreach (var field in plan.Fields)
        {
            var definition = field.Field;
            if (definition.ComputedExpression is { } computed)
            {
                AddPaths(computed, model);
            }

            if (definition.ClrProperty is not { } property)
            {
                continue;
            }

            var kind = model.Classify(property.PropertyType, out _);
            if (kind is MemberKind.Object or MemberKind.Collection && definition.Type.NamedType is ObjectType objectType)
            {
                Child(property).Add(field.SubPlan(objectType, planner), planner, model);
            }
            else
            {
                Members.TryAdd(property, null);
            }
        }
    }

    /// <summary>Adds the member chains a computed field's expression reads from its parameter.</summary>
    public void AddPaths(LambdaExpression expression, EntityModel model) => new PathCollector(this, expression.Parameters[0], model).Visit(expression.Body);

    private sealed class PathCollector(ProjectionNode root, ParameterExpression parameter, EntityModel model) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node)
        {
            var chain = new List<PropertyInfo>();
            Expression? current = node;
            while (current is MemberExpression { Member: PropertyInfo property } member)
            {
                chain.Insert(0, property);
                current = member.Expression;
            }

            if (current != parameter)
            {
                return base.VisitMember(node);
            }

            var target = root;
            for (var i = 0; i < chain.Count; i++)
            {
                var kind = model.Classify(chain[i].PropertyType, out _);
                if (kind is MemberKind.Object or MemberKind.Collection)
                {
                    target = target.Child(chain[i]);
                    target.AllScalars |= i == chain.Count - 1;
                }
                else
                {
                    target.Members.TryAdd(chain[i], null);
                    break;
                }
            }

            return node;
        }
    }
}
