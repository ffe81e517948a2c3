using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.Recognition.Data;

namespace Mobility.Recognition.DecisionSupport;

internal sealed record RemoveDecisionRule(string Code) : IRequest<Unit>;

internal sealed class RemoveDecisionRuleValidator : AbstractValidator<RemoveDecisionRule>
{
    public RemoveDecisionRuleValidator() => RuleFor(r => r.Code).NotEmpty().MaximumLength(60);
}

internal sealed class RemoveDecisionRuleHandler(RecognitionDbContext db) : IRequestHandler<RemoveDecisionRule, Unit>
{
    public async Task<Unit> Handle(RemoveDecisionRule request, CancellationToken cancellationToken)
    {
        var rule = await db.DecisionRules.SingleOrDefaultAsync(r => r.Code == request.Code, cancellationToken)
            ?? throw new NotFoundException("Decision rule", request.Code);
        db.DecisionRules.Remove(rule);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
