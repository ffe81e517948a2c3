using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mobility.BuildingBlocks.Persistence;

/// <summary>
/// Lets a query over a projection (<c>db.Placements.Select(p =&gt; new PlacementNode { Host = h == null ? null : new HostNode { ... } })</c>)
/// be filtered, sorted and counted on the projected members, as the GraphQL data layer does. EF Core cannot
/// translate <c>node.Host != null</c> when <c>Host</c> is a conditional object; this rewrites each
/// <c>Where</c>/<c>OrderBy</c>/<c>ThenBy</c>/<c>Select</c>/<c>Any</c>/<c>All</c>/<c>Count</c> over a <c>Select</c>
/// into the same operator over the Select's source, with the selector inlined: member reads of an object
/// initialiser become the bound expression and a null test of <c>test ? null : new T { ... }</c> becomes
/// <c>test</c>. The result is the same query; EF then translates every part of it.
/// </summary>
public sealed class ProjectionInliner : IQueryExpressionInterceptor
{
    public static ProjectionInliner Instance { get; } = new();

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData)
        => new OperatorVisitor().Visit(queryExpression);

    private sealed class OperatorVisitor : ExpressionVisitor
    {
        private static readonly HashSet<string> PushedBelowSelect = ["Where", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending"];
        private static readonly HashSet<string> Aggregates = ["Any", "All", "Count", "LongCount"];

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(Queryable) || node.Arguments.Count == 0)
            {
                return base.VisitMethodCall(node);
            }

            var arguments = node.Arguments.Select(Visit).ToArray();
            if (node.Arguments.Count != 2
                || arguments[0] is not MethodCallExpression { Method.Name: nameof(Queryable.Select) } select
                || select.Method.DeclaringType != typeof(Queryable)
                || Lambda(select.Arguments[1]) is not { Parameters.Count: 1 } selector
                || Lambda(arguments[1]!) is not { Parameters.Count: 1 } lambda)
            {
                return node.Update(node.Object, arguments!);
            }

            var source = select.Arguments[0];
            var element = selector.Parameters[0].Type;
            var composed = Expression.Lambda(
                Simplifier.Simplify(new Substitution(lambda.Parameters[0], selector.Body).Visit(lambda.Body)), selector.Parameters[0]);
            var definition = node.Method.GetGenericMethodDefinition();
            var name = node.Method.Name;
            if (name == nameof(Queryable.Select))
            {
                return Expression.Call(definition.MakeGenericMethod(element, lambda.ReturnType), source, Expression.Quote(composed));
            }

            if (PushedBelowSelect.Contains(name))
            {
                var types = node.Method.GetGenericArguments();
                types[0] = element;
                var pushed = Expression.Call(definition.MakeGenericMethod(types), source, Expression.Quote(composed));
                return Expression.Call(select.Method, pushed, Expression.Quote(selector));
            }

            return Aggregates.Contains(name)
                ? Expression.Call(definition.MakeGenericMethod(element), source, Expression.Quote(composed))
                : node.Update(node.Object, arguments!);
        }

        private static LambdaExpression? Lambda(Expression expression) =>
            expression is UnaryExpression { NodeType: ExpressionType.Quote, Operand: LambdaExpression quoted } ? quoted : expression as LambdaExpression;
    }

    private sealed class Substitution(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }

    private sealed class Simplifier : ExpressionVisitor
    {
        public static Expression Simplify(Expression expression) => new Simplifier().Visit(expression);

        protected override Expression VisitMember(MemberExpression node)
        {
            var instance = Visit(node.Expression);
            var initialiser = instance switch
            {
                MemberInitExpression init => init,
                ConditionalExpression { IfTrue: ConstantExpression { Value: null }, IfFalse: MemberInitExpression init } => init,
                ConditionalExpression { IfTrue: MemberInitExpression init, IfFalse: ConstantExpression { Value: null } } => init,
                _ => null,
            };
            return initialiser?.Bindings.OfType<MemberAssignment>().FirstOrDefault(b => b.Member == node.Member) is { } binding
                ? binding.Expression
                : node.Update(instance);
        }

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node.NodeType is not (ExpressionType.Equal or ExpressionType.NotEqual))
            {
                return base.VisitBinary(node);
            }

            var left = Visit(node.Left);
            var right = Visit(node.Right);
            var other = IsNull(right) ? left : IsNull(left) ? right : null;
            if (other is not null && IsNullTest(other) is { } isNull)
            {
                return node.NodeType == ExpressionType.Equal ? isNull : Expression.Not(isNull);
            }

            return node.Update(left, node.Conversion, right);
        }

        private static bool IsNull(Expression expression) => expression is ConstantExpression { Value: null };

        /// <summary>When <paramref name="expression"/> is null, for an object built by the selector.</summary>
        private static Expression? IsNullTest(Expression expression) => expression switch
        {
            MemberInitExpression => Expression.Constant(false),
            ConditionalExpression { IfTrue: ConstantExpression { Value: null }, IfFalse: MemberInitExpression } c => c.Test,
            ConditionalExpression { IfTrue: MemberInitExpression, IfFalse: ConstantExpression { Value: null } } c => Expression.Not(c.Test),
            _ => null,
        };
    }
}
