using System.Collections.Concurrent;
using Mobility.GraphQL.Execution.Planning;
using Mobility.GraphQL.Execution.Runtime;
using Mobility.GraphQL.Introspection;
using Mobility.GraphQL.Language;
using Mobility.GraphQL.Language.Ast;
using Mobility.GraphQL.Validation;

namespace Mobility.GraphQL.Execution;

/// <summary>
/// Runs requests against a schema (§6): parse, validate, coerce variables, execute. Parsed, validated and
/// planned operations are cached by document text, so a repeated query only coerces variables and runs.
/// Thread-safe; create one per schema and share it.
/// </summary>
public sealed class GraphQLExecutor
{
    private readonly GraphQLSchema _schema;
    private readonly ExecutorOptions _options;
    private readonly ConcurrentDictionary<(string, string?), Prepared> _cache = new();
    private readonly IntrospectionResolver _introspection;

    /// <summary>Creates an executor.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="options">Limits and switches; defaults when null.</param>
    public GraphQLExecutor(GraphQLSchema schema, ExecutorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
        _options = options ?? new ExecutorOptions();
        _introspection = new IntrospectionResolver(schema.Inner);
    }

    /// <summary>Executes one request.</summary>
    /// <param name="request">The document, operation name, variables and services.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away.</param>
    /// <returns>The response.</returns>
    public async ValueTask<GraphQLResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prepared = Prepare(request.Query, request.OperationName);
        if (prepared.Errors is { } requestErrors)
        {
            return new GraphQLResult(null, false, requestErrors);
        }

        var operation = prepared.Operation!;
        if (request.QueriesOnly && operation.Operation.Operation != OperationType.Query)
        {
            return new GraphQLResult(null, false, [new GraphQLError(
                $"Can only perform a {operation.Operation.Operation.Keyword()} operation from a POST request.", [], null, ErrorCodes.BadUserInput)]);
        }

        var errors = new List<GraphQLError>();
        var variables = VariableValues.Coerce(_schema.Inner, operation.Operation, request.Variables, errors);
        if (errors.Count > 0)
        {
            return new GraphQLResult(null, false, errors);
        }

        var costs = _options.Cost;
        GraphQLResult? costResult = null;
        Dictionary<string, object?>? operationCost = null;
        if (costs.MaxFieldCost is not null || costs.MaxTypeCost is not null || costs.AlwaysReport || request.Cost != CostRequest.Default)
        {
            var (fieldCost, typeCost) = new CostAnalyzer(_schema.Inner, operation.Document, variables, costs).Analyze(operation.Operation);
            operationCost = new Dictionary<string, object?>(StringComparer.Ordinal) { ["fieldCost"] = fieldCost, ["typeCost"] = typeCost };
            if (fieldCost > costs.MaxFieldCost || typeCost > costs.MaxTypeCost)
            {
                var limit = fieldCost > costs.MaxFieldCost ? $"field cost {fieldCost} exceeds the maximum of {costs.MaxFieldCost}" : $"type cost {typeCost} exceeds the maximum of {costs.MaxTypeCost}";
                costResult = new GraphQLResult(null, false, [new GraphQLError($"The operation's {limit}.", [], null, ErrorCodes.LimitExceeded)
                {
                    Extensions = new Dictionary<string, object?>(StringComparer.Ordinal)
                    {
                        ["fieldCost"] = fieldCost, ["maxFieldCost"] = costs.MaxFieldCost, ["typeCost"] = typeCost, ["maxTypeCost"] = costs.MaxTypeCost,
                    },
                }]);
            }
            else if (request.Cost == CostRequest.Validate)
            {
                costResult = new GraphQLResult(null, false, []);
            }
        }

        if (costResult is not null)
        {
            costResult.Extensions["operationCost"] = operationCost;
            return costResult;
        }

        var (builder, rootPlan) = operation.RootPlan(variables);
        var run = new ExecutionRun(_schema.Inner, builder, variables, request.Services, _options.IncludeExceptionDetails, _options.ErrorFilter, _introspection, cancellationToken)
        {
            User = request.User,
        };
        var data = await run.ExecuteAsync(rootPlan, request.RootValue ?? _options.RootValue, operation.Operation.Operation == OperationType.Mutation)
            .ConfigureAwait(false);
        var result = new GraphQLResult(data, true, run.Errors);
        if (operationCost is not null && (costs.AlwaysReport || request.Cost == CostRequest.Report))
        {
            result.Extensions["operationCost"] = operationCost;
        }

        return result;
    }

    private Prepared Prepare(string query, string? operationName)
    {
        if (_cache.TryGetValue((query, operationName), out var cached))
        {
            return cached;
        }

        var prepared = PrepareUncached(query, operationName);
        if (_cache.Count >= _options.OperationCacheSize)
        {
            _cache.Clear();
        }

        _cache[(query, operationName)] = prepared;
        return prepared;
    }

    private Prepared PrepareUncached(string query, string? operationName)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(query, _options.Parser);
        }
        catch (GraphQLSyntaxError e)
        {
            return new Prepared(null, [new GraphQLError(e.Message, [e.Location], null, ErrorCodes.ParseFailed)]);
        }

        var validationErrors = DocumentValidator.Validate(_schema.Inner, document, maxErrors: _options.MaxValidationErrors);
        validationErrors.AddRange(ExtraRules.Check(document, _options));
        if (validationErrors.Count > 0)
        {
            return new Prepared(null, [.. validationErrors.Select(e => new GraphQLError(e.Message, e.Locations, null, ErrorCodes.ValidationFailed))]);
        }

        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var operation = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
        if (operation is null)
        {
            var message = operationName is not null ? $"Unknown operation named \"{operationName}\"."
                : operations.Count == 0 ? "Must provide an operation."
                : "Must provide operation name if query contains multiple operations.";
            return new Prepared(null, [new GraphQLError(message, [], null, ErrorCodes.BadUserInput)]);
        }

        return new Prepared(new PreparedOperation(_schema.Inner, document, operation), null);
    }

    private sealed record Prepared(PreparedOperation? Operation, IReadOnlyList<GraphQLError>? Errors);
}
