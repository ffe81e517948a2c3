using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Security;
using Mobility.Recognition.Data;
using Mobility.Recognition.Recognitions;

namespace Mobility.Recognition.DecisionSupport;

/// <summary>
/// A coordinator adds a rule or replaces the one with the same code. Every condition must parse, the procedure must
/// exist, and the rule must recommend or advise something; otherwise nothing is stored.
/// </summary>
internal sealed record SaveDecisionRule(
    string Code, int Position, IReadOnlyList<string> Conditions, string? ProcedureCode, string Explanation, IReadOnlyList<string> Advice) : IRequest<Guid>;

internal sealed class SaveDecisionRuleValidator : AbstractValidator<SaveDecisionRule>
{
    public SaveDecisionRuleValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(60).Matches("^[a-z0-9]+(-[a-z0-9]+)*$")
            .WithMessage("A rule code is lower-case words joined by hyphens, e.g. 'long-stay'.");
        RuleFor(r => r.Conditions).NotNull();
        RuleForEach(r => r.Conditions).NotEmpty().MaximumLength(200);
        RuleFor(r => r.ProcedureCode).MaximumLength(60);
        RuleFor(r => r.Explanation).NotEmpty().MaximumLength(1000);
        RuleFor(r => r.Advice).NotNull();
        RuleForEach(r => r.Advice).MaximumLength(500);
    }
}

internal sealed class SaveDecisionRuleHandler(RecognitionDbContext db, Viewer viewer, TimeProvider clock) : IRequestHandler<SaveDecisionRule, Guid>
{
    public async Task<Guid> Handle(SaveDecisionRule request, CancellationToken cancellationToken)
    {
        var procedures = (await db.EvaluationProcedures.Select(p => p.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow().UtcDateTime;
        var rule = await db.DecisionRules.SingleOrDefaultAsync(r => r.Code == request.Code, cancellationToken);
        if (rule is null)
        {
            rule = DecisionRule.Create(Guid.CreateVersion7(), request.Code, request.Position, request.Conditions, request.ProcedureCode, request.Explanation,
                request.Advice, procedures, viewer.Actor(), now);
            db.DecisionRules.Add(rule);
        }
        else
        {
            rule.Change(request.Position, request.Conditions, request.ProcedureCode, request.Explanation, request.Advice, procedures, viewer.Actor(), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return rule.Id;
    }
}
