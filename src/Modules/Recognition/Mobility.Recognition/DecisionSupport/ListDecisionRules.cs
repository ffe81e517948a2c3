using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.Recognition.Data;

namespace Mobility.Recognition.DecisionSupport;

/// <summary>The decision-support rules in the order they are evaluated.</summary>
internal sealed record ListDecisionRules : IRequest<IReadOnlyList<DecisionRule>>;

internal sealed class ListDecisionRulesHandler(RecognitionDbContext db) : IRequestHandler<ListDecisionRules, IReadOnlyList<DecisionRule>>
{
    public async Task<IReadOnlyList<DecisionRule>> Handle(ListDecisionRules request, CancellationToken cancellationToken)
        => [.. (await db.DecisionRules.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(r => r.Position).ThenBy(r => r.Code, StringComparer.Ordinal)];
}

/// <summary>The evaluation procedures the rules may recommend, by code.</summary>
internal sealed record ListEvaluationProcedures : IRequest<IReadOnlyList<EvaluationProcedure>>;

internal sealed class ListEvaluationProceduresHandler(RecognitionDbContext db) : IRequestHandler<ListEvaluationProcedures, IReadOnlyList<EvaluationProcedure>>
{
    public async Task<IReadOnlyList<EvaluationProcedure>> Handle(ListEvaluationProcedures request, CancellationToken cancellationToken)
        => [.. (await db.EvaluationProcedures.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(p => p.Code, StringComparer.Ordinal)];
}
