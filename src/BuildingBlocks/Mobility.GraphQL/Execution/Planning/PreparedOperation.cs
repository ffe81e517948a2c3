using System.Collections.Concurrent;
using Mobility.GraphQL.Language.Ast;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Execution.Planning;

/// <summary>
/// A parsed and validated document with its chosen operation, cached by text so repeated requests skip
/// parsing, validation and planning. Plans are kept per combination of @skip/@include variable values.
/// </summary>
internal sealed class PreparedOperation
{
    private readonly ConcurrentDictionary<string, (PlanBuilder Builder, SelectionPlan Plan)> _plans = new(StringComparer.Ordinal);

    public PreparedOperation(Schema schema, DocumentNode document, OperationDefinitionNode operation)
    {
        Schema = schema;
        Document = document;
        Operation = operation;
        ConditionVariables = PlanBuilder.ConditionVariables(document);
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public OperationDefinitionNode Operation { get; }

    public List<string> ConditionVariables { get; }

    public (PlanBuilder Builder, SelectionPlan Plan) RootPlan(IReadOnlyDictionary<string, object?> variables)
    {
        var conditions = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var name in ConditionVariables)
        {
            conditions[name] = variables.GetValueOrDefault(name) is true;
        }

        var key = string.Concat(ConditionVariables.Select(n => conditions[n] ? '1' : '0'));
        return _plans.GetOrAdd(key, _ =>
        {
            var builder = new PlanBuilder(Schema, Document, conditions);
            var root = Schema.RootType(Operation.Operation)!;
            return (builder, builder.Build(root, [Operation.SelectionSet]));
        });
    }
}
